import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { chmod, chown, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { debianPostgresBin, hasDebianPostgres } from "@logstag/test-support";
import getPort from "get-port";
import pg from "pg";

export { hasDebianPostgres };

/** Postgres refuses to run as root: as root, its programs run as the `postgres` OS user. */
function serverUser(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const line = readFileSync("/etc/passwd", "utf8")
    .split("\n")
    .find((l) => l.startsWith("postgres:"));
  const [, , uid, gid] = (line ?? "").split(":");
  return { uid: Number(uid), gid: Number(gid) };
}

export interface RestartablePostgres {
  host: string;
  port: number;
  user: string;
  password: string;
  url: string;
  /** Kills the server like a power cut (`pg_ctl stop -m immediate`). */
  crash(): Promise<void>;
  start(): Promise<void>;
  /** SIGSTOP / SIGCONT on the postmaster and every backend: a hung server. */
  pause(): void;
  resume(): void;
  destroy(): Promise<void>;
}

/** A Debian PostgreSQL that keeps its port and data across crashes and restarts. */
export async function startRestartablePostgres(major = 15): Promise<RestartablePostgres> {
  const bin = debianPostgresBin(major);
  const owner = serverUser();
  const dir = await mkdtemp(join(tmpdir(), "logstag-restartable-"));
  await chmod(dir, 0o755);
  if (owner.uid !== undefined) await chown(dir, owner.uid, owner.gid ?? owner.uid);
  const password = "test-password";
  const pwfile = join(dir, "pw");
  await writeFile(pwfile, `${password}\n`);
  if (owner.uid !== undefined) await chown(pwfile, owner.uid, owner.gid ?? owner.uid);
  const dataDir = join(dir, "data");
  const init = spawnSync(
    join(bin, "initdb"),
    ["-D", dataDir, "-U", "postgres", "--auth=scram-sha-256", `--pwfile=${pwfile}`, "--locale=C"],
    { ...owner, encoding: "utf8" },
  );
  if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr}`);
  const port = await getPort({ host: "127.0.0.1" });
  const url = `postgres://postgres:${password}@127.0.0.1:${port}/postgres`;
  let proc: ChildProcess | undefined;

  const start = async () => {
    const args = ["-D", dataDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1"];
    args.push("-c", `unix_socket_directories=${dir}`, "-c", "fsync=off");
    proc = spawn(join(bin, "postgres"), args, { ...owner, stdio: "ignore" });
    await waitUntilReady(url);
  };
  // Backends call setsid(): they are found by their parent, not by the process group.
  const signalGroup = (signal: NodeJS.Signals) => {
    const pid = proc?.pid;
    if (!pid) return;
    for (const child of childrenOf(pid)) process.kill(child, signal);
    process.kill(pid, signal);
  };
  const stop = async (signal: NodeJS.Signals) => {
    const running = proc;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise((r) => running.once("exit", r));
    signalGroup("SIGCONT");
    running.kill(signal);
    await exited;
  };
  await start();
  return {
    host: "127.0.0.1",
    port,
    user: "postgres",
    password,
    url,
    crash: () => stop("SIGQUIT"),
    start,
    pause: () => signalGroup("SIGSTOP"),
    resume: () => signalGroup("SIGCONT"),
    async destroy() {
      await stop("SIGINT");
      await rm(dir, { recursive: true, force: true });
    },
  };
}

function childrenOf(pid: number): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // "pid (comm) state ppid …"; comm may hold spaces, so read after the last ")".
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === pid) pids.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return pids;
}

async function waitUntilReady(url: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return;
    } catch {
      await client.end().catch(() => {});
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error(`PostgreSQL at port ${new URL(url).port} did not start within 30 s`);
}
