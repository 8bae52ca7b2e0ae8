import { type ChildProcess, type SpawnOptions, spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { chmod, chown, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import getPort from "get-port";
import pg from "pg";
import type { TestPostgres } from "./embedded-postgres.ts";

/** Postgres refuses to run as root: as root, its programs run as the `postgres` OS user. */
export function postgresOsUser(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const line = readFileSync("/etc/passwd", "utf8")
    .split("\n")
    .find((l) => l.startsWith("postgres:"));
  if (!line) throw new Error("no `postgres` OS user: install Debian's postgresql package");
  const [, , uid, gid] = line.split(":");
  return { uid: Number(uid), gid: Number(gid) };
}

function run(cmd: string, args: string[], opts: SpawnOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { ...opts, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr?.on("data", (c: Buffer) => {
      stderr += c.toString();
    });
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${cmd} failed (${code}): ${stderr}`)),
    );
  });
}

export interface PostgresServerOptions {
  /** Directory holding the `initdb` and `postgres` programs of one PostgreSQL build. */
  bin: string;
  /** Names the temporary directory, e.g. `pg15`. */
  name: string;
  /** Extra `-c name=value` server settings. */
  settings?: Record<string, string>;
  /** Start from this data directory (e.g. a base backup) instead of running initdb. */
  dataDir?: string;
}

export type StartedPostgres = TestPostgres & {
  dataDir: string;
  bin: string;
  /** A fast shutdown (`pg_ctl stop -m fast`): sessions are ended, the data is kept. */
  halt(): Promise<void>;
  /** A power cut (`pg_ctl stop -m immediate`): crash recovery at the next start. */
  crash(): Promise<void>;
  /** Starts the server again after `halt` or `crash`, on the same port and data. */
  start(): Promise<void>;
  /** SIGSTOP on the postmaster and every backend: a hung server. */
  pause(): void;
  resume(): void;
};

/**
 * Starts the PostgreSQL programs in `bin` in a temporary directory on a free loopback port:
 * initdb (scram-sha-256, UTF8, C locale) unless a data directory is given, then `postgres`.
 */
export async function startPostgresServer(o: PostgresServerOptions): Promise<StartedPostgres> {
  const user = "postgres";
  const password = "test-password";
  const server = postgresOsUser();
  const dir = await mkdtemp(join(tmpdir(), `logstag-${o.name}-`));
  await chmod(dir, 0o755);
  if (server.uid !== undefined) await chown(dir, server.uid, server.gid ?? server.uid);
  const dataDir = o.dataDir ?? join(dir, "data");
  if (!o.dataDir) {
    const pwfile = join(dir, "pw");
    await writeFile(pwfile, `${password}\n`);
    if (server.uid !== undefined) await chown(pwfile, server.uid, server.gid ?? server.uid);
    await run(
      join(o.bin, "initdb"),
      [
        "-D",
        dataDir,
        "-U",
        user,
        "--auth=scram-sha-256",
        `--pwfile=${pwfile}`,
        "-E",
        "UTF8",
        "--locale=C",
        // Throw-away data: skip the fsync of every file initdb writes.
        "--no-sync",
      ],
      server,
    );
  }
  const port = await getPort({ host: "127.0.0.1" });
  const settings = {
    listen_addresses: "127.0.0.1",
    unix_socket_directories: dir,
    fsync: "off",
    ...o.settings,
  };
  const args = [
    "-D",
    dataDir,
    "-p",
    String(port),
    ...Object.entries(settings).flatMap(([k, v]) => ["-c", `${k}=${v}`]),
  ];
  // The server logs to stderr: read it all (a full pipe would stall the server), keep the end.
  let log = "";
  const launch = () => {
    const child = spawn(join(o.bin, "postgres"), args, {
      ...server,
      stdio: ["ignore", "ignore", "pipe"],
    });
    child.stderr?.on("data", (c: Buffer) => {
      log = (log + c.toString()).slice(-4000);
    });
    return child;
  };
  let proc = launch();
  // Backends call setsid(): they are found by their parent, not by the process group.
  const signalAll = (signal: NodeJS.Signals) => {
    if (!proc.pid || !running(proc)) return;
    for (const pid of [...childrenOf(proc.pid), proc.pid]) {
      try {
        process.kill(pid, signal);
      } catch (err) {
        // A backend that ended between listing and signalling.
        if ((err as NodeJS.ErrnoException).code !== "ESRCH") throw err;
      }
    }
  };
  const shutDown = async (signal: NodeJS.Signals) => {
    if (!running(proc)) return;
    const exited = new Promise((r) => proc.once("exit", r));
    signalAll("SIGCONT");
    proc.kill(signal);
    await exited;
  };
  const urlFor = (x: { user?: string; password?: string; database?: string }) =>
    `postgres://${encodeURIComponent(x.user ?? user)}:${encodeURIComponent(x.password ?? password)}@127.0.0.1:${port}/${x.database ?? "postgres"}`;
  const stop = async () => {
    await shutDown("SIGINT");
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await waitUntilReady(urlFor({}), proc);
  } catch (e) {
    await stop();
    throw new Error(`${(e as Error).message}; its log ends:\n${log}`);
  }
  return {
    url: urlFor({}),
    host: "127.0.0.1",
    port,
    user,
    password,
    urlFor,
    dataDir,
    bin: o.bin,
    stop,
    halt: () => shutDown("SIGINT"),
    crash: () => shutDown("SIGQUIT"),
    async start() {
      if (running(proc)) return;
      proc = launch();
      await waitUntilReady(urlFor({}), proc);
    },
    pause: () => signalAll("SIGSTOP"),
    resume: () => signalAll("SIGCONT"),
  };
}

const running = (proc: ChildProcess) => proc.exitCode === null && proc.signalCode === null;

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

async function waitUntilReady(url: string, proc: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline && running(proc)) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return;
    } catch {
      await client.end().catch(() => {});
      await sleep(200);
    }
  }
  const where = url.replace(/:[^:@/]+@/, ":***@");
  throw new Error(
    running(proc)
      ? `PostgreSQL at ${where} did not accept connections within 30 s`
      : `PostgreSQL at ${where} exited (${proc.exitCode ?? proc.signalCode}) before accepting connections`,
  );
}
