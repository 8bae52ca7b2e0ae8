import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { chmod, chown, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startDebianPostgres, type TestPostgres } from "@logstag/test-support";

/** As root, PostgreSQL's programs must run as the `postgres` OS user (like the server itself). */
function postgresOsUser(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const line = readFileSync("/etc/passwd", "utf8")
    .split("\n")
    .find((l) => l.startsWith("postgres:"));
  if (!line) throw new Error("no `postgres` OS user: install Debian's postgresql package");
  const [, , uid, gid] = line.split(":");
  return { uid: Number(uid), gid: Number(gid) };
}

/**
 * A streaming standby of `primary`: `pg_basebackup -R` (which writes standby.signal and
 * primary_conninfo) into a new directory, then Debian's server started on the copy.
 */
export async function startDebianStandby(
  primary: TestPostgres & { bin: string },
  major: number,
): Promise<TestPostgres> {
  const user = postgresOsUser();
  const dir = await mkdtemp(join(tmpdir(), "logstag-standby-"));
  await chmod(dir, 0o700);
  if (user.uid !== undefined) await chown(dir, user.uid, user.gid ?? user.uid);
  const dataDir = join(dir, "data");
  await new Promise<void>((resolve, reject) => {
    const child = spawn(
      join(primary.bin, "pg_basebackup"),
      [
        "-D",
        dataDir,
        "-h",
        primary.host,
        "-p",
        String(primary.port),
        "-U",
        primary.user,
        "-R",
        "-X",
        "stream",
      ],
      {
        ...user,
        env: { ...process.env, PGPASSWORD: primary.password },
        stdio: ["ignore", "ignore", "pipe"],
      },
    );
    let stderr = "";
    child.stderr?.on("data", (c: Buffer) => {
      stderr += c.toString();
    });
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`pg_basebackup failed (${code}): ${stderr}`)),
    );
  });
  const standby = await startDebianPostgres({ major, dataDir });
  return {
    ...standby,
    async stop() {
      await standby.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
