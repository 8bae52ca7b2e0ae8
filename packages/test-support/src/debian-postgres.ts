import { type SpawnOptions, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { chmod, chown, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import getPort from "get-port";
import pg from "pg";
import type { TestPostgres } from "./embedded-postgres.ts";

export const debianPostgresBin = (major: number) => `/usr/lib/postgresql/${major}/bin`;

/** Whether Debian's PostgreSQL `major` is installed (`apt-get install postgresql-<major>`). */
export const hasDebianPostgres = (major: number) =>
  existsSync(join(debianPostgresBin(major), "postgres"));

/** Postgres refuses to run as root: as root, its programs run as the `postgres` OS user. */
function serverUser(): { uid?: number; gid?: number } {
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

export interface DebianPostgresOptions {
  major: number;
  /** Extra `-c name=value` server settings. */
  settings?: Record<string, string>;
  /** Start from this data directory (e.g. a base backup) instead of running initdb. */
  dataDir?: string;
}

/** Starts Debian's PostgreSQL `major` in a temporary directory on a free loopback port. */
export async function startDebianPostgres(
  o: DebianPostgresOptions,
): Promise<TestPostgres & { dataDir: string; bin: string }> {
  const bin = debianPostgresBin(o.major);
  if (!hasDebianPostgres(o.major))
    throw new Error(
      `PostgreSQL ${o.major} is not installed: apt-get install postgresql-${o.major}`,
    );
  const user = "postgres";
  const password = "test-password";
  const server = serverUser();
  const dir = await mkdtemp(join(tmpdir(), `logstag-pg${o.major}-`));
  await chmod(dir, 0o755);
  if (server.uid !== undefined) await chown(dir, server.uid, server.gid ?? server.uid);
  const dataDir = o.dataDir ?? join(dir, "data");
  if (!o.dataDir) {
    const pwfile = join(dir, "pw");
    await writeFile(pwfile, `${password}\n`);
    if (server.uid !== undefined) await chown(pwfile, server.uid, server.gid ?? server.uid);
    await run(
      join(bin, "initdb"),
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
  const proc = spawn(join(bin, "postgres"), args, { ...server, stdio: "ignore" });
  const urlFor = (x: { user?: string; password?: string; database?: string }) =>
    `postgres://${encodeURIComponent(x.user ?? user)}:${encodeURIComponent(x.password ?? password)}@127.0.0.1:${port}/${x.database ?? "postgres"}`;
  await waitUntilReady(urlFor({}));
  return {
    url: urlFor({}),
    host: "127.0.0.1",
    port,
    user,
    password,
    urlFor,
    dataDir,
    bin,
    async stop() {
      if (proc.exitCode === null) {
        proc.kill("SIGINT");
        await new Promise((r) => proc.once("exit", r));
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
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
      await sleep(200);
    }
  }
  throw new Error(
    `PostgreSQL at ${url.replace(/:[^:@/]+@/, ":***@")} did not accept connections within 30 s`,
  );
}
