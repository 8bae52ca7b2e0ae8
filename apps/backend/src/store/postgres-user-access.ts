import { execFile } from "node:child_process";
import { stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { promisify } from "node:util";

export interface OsUser {
  uid: number;
  gid: number;
}

/**
 * The first directory on the way to `path` (itself included) that `user` cannot enter, or
 * undefined when every one lets it through. Missing directories are skipped: they will be created
 * by whoever needs them, under the last existing one.
 */
export async function findBlockingDir(path: string, user: OsUser): Promise<string | undefined> {
  const dirs: string[] = [];
  for (let dir = resolve(path); ; dir = dirname(dir)) {
    dirs.unshift(dir);
    if (dirname(dir) === dir) break;
  }
  for (const dir of dirs) {
    const s = await stat(dir).catch(() => undefined);
    if (!s) return undefined;
    if (!s.isDirectory()) continue;
    const canEnter =
      (s.uid === user.uid && (s.mode & 0o100) !== 0) ||
      (s.gid === user.gid && (s.mode & 0o010) !== 0) ||
      (s.mode & 0o001) !== 0;
    if (!canEnter) return dir;
  }
  return undefined;
}

/** The `postgres` OS user, if it exists (as root, the embedded server runs as this user). */
export async function findPostgresUser(): Promise<OsUser | undefined> {
  const run = promisify(execFile);
  try {
    const [uid, gid] = await Promise.all([
      run("id", ["-u", "postgres"]).then((r) => Number(r.stdout.trim())),
      run("id", ["-g", "postgres"]).then((r) => Number(r.stdout.trim())),
    ]);
    return Number.isInteger(uid) && Number.isInteger(gid) ? { uid, gid } : undefined;
  } catch {
    return undefined;
  }
}
