import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

/** A payload as the spool wrote it: its id and its place in the spool's order. */
export interface SpooledPayload {
  payloadId: string;
  file: string;
  /** Segment sequence number, then line: the order in which the spool queued it. */
  order: [number, number];
}

export interface SpoolWatch {
  /** Every payload seen in a segment file so far. */
  seen(): Map<string, SpooledPayload>;
  /** Payloads of the segment files seen earlier that are gone now. */
  vanished(): SpooledPayload[];
  stop(): Promise<void>;
}

/** Reads the spool's segment files as they appear (`<seq>-<created>-<count>.seg`, JSON lines). */
export async function readSpool(dir: string, skip = new Set<string>()) {
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith(".seg"));
  const payloads: SpooledPayload[] = [];
  for (const file of files) {
    if (skip.has(file)) continue;
    const text = await readFile(join(dir, file), "utf8").catch(() => undefined);
    if (text === undefined) continue; // removed while we looked
    skip.add(file);
    const seq = Number(file.split("-")[0]);
    text
      .split("\n")
      .filter((line) => line !== "")
      .forEach((line, i) => {
        const { payload } = JSON.parse(line) as { payload: { payloadId: string } };
        payloads.push({ payloadId: payload.payloadId, file, order: [seq, i] });
      });
  }
  return { files, payloads };
}

/** Polls the spool directory, so payloads dropped later were seen while they were kept. */
export function watchSpool(dir: string, everyMs = 100): SpoolWatch {
  const read = new Set<string>();
  const seen = new Map<string, SpooledPayload>();
  const files = new Map<string, SpooledPayload[]>();
  let vanished: SpooledPayload[] = [];
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      const now = await readSpool(dir, read);
      for (const p of now.payloads) {
        seen.set(p.payloadId, p);
        files.set(p.file, [...(files.get(p.file) ?? []), p]);
      }
      const present = new Set(now.files);
      vanished = [...files].flatMap(([file, payloads]) => (present.has(file) ? [] : payloads));
      await new Promise((r) => setTimeout(r, everyMs));
    }
  })();
  return {
    seen: () => seen,
    vanished: () => vanished,
    async stop() {
      stopped = true;
      await loop;
    },
  };
}

export function before(a: SpooledPayload, b: SpooledPayload): boolean {
  return a.order[0] < b.order[0] || (a.order[0] === b.order[0] && a.order[1] < b.order[1]);
}
