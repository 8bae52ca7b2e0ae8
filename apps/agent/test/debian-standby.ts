import { spawn } from "node:child_process";
import { chmod, chown, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { postgresOsUser, startDebianPostgres, type TestPostgres } from "@logstag/test-support";

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
