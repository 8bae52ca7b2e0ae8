import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import Valkey from "iovalkey";

/** A Redis-compatible server the demo started in the data directory. */
export interface DemoRedis {
  engine: "redis" | "valkey";
  port: number;
  password: string;
  process: ChildProcess;
}

const FLAVOURS = [
  { engine: "redis", bin: "/usr/bin/redis-server", pkg: "redis-server" },
  { engine: "valkey", bin: "/usr/bin/valkey-server", pkg: "valkey-server" },
] as const;

/** What `npm start` says when no Redis-compatible server is installed. */
export const NO_REDIS_HINT =
  "demo: no redis-server or valkey-server installed; `apt-get install redis-server` (or valkey-server) adds a Redis target to the demo";

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (typeof address !== "object" || address === null) throw new Error("no free port");
  return address.port;
}

/** The password is made once per data directory and kept beside the server's files (0600). */
async function demoPassword(dir: string): Promise<string> {
  const file = join(dir, "password");
  const kept = await readFile(file, "utf8").catch(() => "");
  if (kept.trim()) return kept.trim();
  const made = randomBytes(18).toString("base64url");
  await writeFile(file, made, { mode: 0o600 });
  return made;
}

async function waitForPing(port: number, password: string, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    const client = new Valkey({
      host: "127.0.0.1",
      port,
      password,
      lazyConnect: true,
      maxRetriesPerRequest: 0,
    });
    client.on("error", () => {}); // refused until the server listens; retried below
    try {
      await client.connect();
      await client.ping();
      return;
    } catch {
      await sleep(200);
    } finally {
      client.disconnect();
    }
  }
  throw new Error(`the demo server on port ${port} did not answer`);
}

/** Starts every installed Redis-compatible server in `<dataDir>/<engine>` on a free loopback port. */
export async function startDemoRedis(dataDir: string): Promise<DemoRedis[]> {
  const started: DemoRedis[] = [];
  for (const flavour of FLAVOURS) {
    if (!existsSync(flavour.bin)) continue;
    const dir = join(dataDir, flavour.engine);
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const password = await demoPassword(dir);
    const port = await freePort();
    const conf = join(dir, "demo.conf");
    // Settings in a 0600 file rather than on the command line, so the password is not in `ps`.
    await writeFile(
      conf,
      [
        `port ${port}`,
        "bind 127.0.0.1",
        `dir ${dir}`,
        `requirepass ${password}`,
        "save 300 100",
        "appendonly no",
        "maxmemory 64mb",
        "maxmemory-policy allkeys-lru",
        "slowlog-log-slower-than 2000",
        "latency-monitor-threshold 5",
        `logfile ${join(dir, "server.log")}`,
        "",
      ].join("\n"),
      { mode: 0o600 },
    );
    const child = spawn(flavour.bin, [conf], { stdio: "ignore" });
    await waitForPing(port, password, Date.now() + 15_000);
    started.push({ engine: flavour.engine, port, password, process: child });
  }
  return started;
}
