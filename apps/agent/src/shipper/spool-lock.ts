import { readFile, unlink, writeFile } from "node:fs/promises";
import { join } from "node:path";

export class SpoolLockedError extends Error {
  constructor(dir: string, pid: number) {
    super(
      `the spool directory ${dir} is in use by another agent (process ${pid}); give each agent its own spool.dir`,
    );
    this.name = "SpoolLockedError";
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Two agents sharing a spool would send and delete each other's payloads. */
export async function acquireSpoolLock(dir: string): Promise<void> {
  const file = join(dir, "lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(file, String(process.pid), { flag: "wx", mode: 0o600 });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const pid = Number((await readFile(file, "utf8").catch(() => "")).trim());
    if (pid === process.pid) return;
    if (Number.isInteger(pid) && pid > 0 && alive(pid)) throw new SpoolLockedError(dir, pid);
    // Left behind by an agent that crashed.
    await unlink(file).catch(() => {});
  }
  throw new Error(`cannot lock the spool directory ${dir}`);
}

export async function releaseSpoolLock(dir: string): Promise<void> {
  await unlink(join(dir, "lock")).catch(() => {});
}
