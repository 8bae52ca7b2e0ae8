import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** As root, PostgreSQL's programs run as the `postgres` OS user, like the server. */
export function postgresOsUser(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const line = readFileSync("/etc/passwd", "utf8")
    .split("\n")
    .find((l) => l.startsWith("postgres:"));
  const [, , uid, gid] = (line ?? "").split(":");
  return { uid: Number(uid), gid: Number(gid) };
}

export interface Server {
  host: string;
  port: number;
  user: string;
  password: string;
  bin: string;
}

function pgEnv(s: Server): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PGPASSWORD: s.password,
    PGHOST: s.host,
    PGPORT: String(s.port),
    PGUSER: s.user,
  };
}

export function runPgbenchInit(s: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(s.bin, "pgbench"), ["-i", "-q", "-s", "5", "postgres"], {
      ...postgresOsUser(),
      env: pgEnv(s),
      stdio: "ignore",
    });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`pgbench -i: ${code}`))));
  });
}

/**
 * pgbench with `clients` connections for `seconds`, throttled to `tps` so the server's sessions
 * are a mix of active and idle ones and the two cores of a small machine are not saturated (which
 * would time CPU starvation rather than the agent's statements).
 */
export function startPgbench(
  s: Server,
  clients: number,
  seconds: number,
  tps: number,
): ChildProcess {
  return spawn(
    join(s.bin, "pgbench"),
    // -N: the "simple update" script, without the hot branch and teller rows that would make
    // nearly every client wait on a row lock at this scale.
    [
      "-N",
      "-c",
      String(clients),
      "-j",
      "2",
      "-T",
      String(seconds),
      "-R",
      String(tps),
      "-n",
      "postgres",
    ],
    { ...postgresOsUser(), env: pgEnv(s), stdio: "ignore" },
  );
}
