import { mkdir, open, readdir, readFile, rename, rm, unlink } from "node:fs/promises";
import { join } from "node:path";
import type { CollectedPayload } from "../scheduler/collected.ts";

/** `<seq>-<created ms>-<count>.seg`: everything the index needs without opening the file. */
const SEGMENT_NAME = /^(\d{16})-(\d{13})-(\d+)\.seg$/;

export interface SegmentFile {
  seq: number;
  createdAt: number;
  count: number;
  bytes: number;
  name: string;
}

export function segmentName(seq: number, createdAt: number, count: number): string {
  return `${String(seq).padStart(16, "0")}-${String(createdAt).padStart(13, "0")}-${count}.seg`;
}

/** Creates the spool directory (private to the agent's user) and clears half-written files. */
export async function prepareSpoolDir(dir: string): Promise<void> {
  await mkdir(join(dir, "tmp"), { recursive: true, mode: 0o700 });
  await rm(join(dir, "tmp"), { recursive: true, force: true });
  await mkdir(join(dir, "tmp"), { recursive: true, mode: 0o700 });
}

/** The segments on disk, oldest first. */
export async function listSegments(dir: string): Promise<SegmentFile[]> {
  const segments: SegmentFile[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const m = SEGMENT_NAME.exec(entry.name);
    if (!entry.isFile() || !m) continue;
    const handle = await open(join(dir, entry.name), "r");
    const { size } = await handle.stat().finally(() => handle.close());
    segments.push({
      seq: Number(m[1]),
      createdAt: Number(m[2]),
      count: Number(m[3]),
      bytes: size,
      name: entry.name,
    });
  }
  return segments.sort((a, b) => a.seq - b.seq);
}

/** Crash-safe: the file appears under its final name complete and on disk, or not at all. */
export async function writeDurably(dir: string, name: string, data: string): Promise<void> {
  const tmp = join(dir, "tmp", name);
  const handle = await open(tmp, "w", 0o600);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(tmp, join(dir, name));
  // The rename itself is durable only once the directory is.
  const dirHandle = await open(dir, "r");
  await dirHandle.sync().finally(() => dirHandle.close());
}

/** One JSON line per payload. */
export function encodeSegment(lines: readonly string[]): string {
  return `${lines.join("\n")}\n`;
}

export async function readSegment(dir: string, name: string): Promise<CollectedPayload[]> {
  const text = await readFile(join(dir, name), "utf8");
  return text
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as CollectedPayload);
}

export async function removeSegment(dir: string, name: string): Promise<void> {
  await unlink(join(dir, name)).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "ENOENT") throw error;
  });
}

export interface SpoolState {
  /** Payloads dropped since the spool was created. */
  dropped: number;
}

export async function readSpoolState(dir: string): Promise<SpoolState> {
  try {
    const parsed: unknown = JSON.parse(await readFile(join(dir, "state.json"), "utf8"));
    const dropped =
      typeof parsed === "object" && parsed !== null && "dropped" in parsed
        ? Number(parsed.dropped)
        : 0;
    return { dropped: Number.isFinite(dropped) ? dropped : 0 };
  } catch {
    return { dropped: 0 };
  }
}

export function writeSpoolState(dir: string, state: SpoolState): Promise<void> {
  return writeDurably(dir, "state.json", JSON.stringify(state));
}
