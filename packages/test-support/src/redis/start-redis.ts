import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import getPort from "get-port";
import Valkey from "iovalkey";
import { makeTlsFiles, type TlsFiles } from "./tls-files.ts";

export type RedisFlavour = "redis" | "valkey";

const BINARIES: Record<RedisFlavour, { bin: string; install: string }> = {
  redis: { bin: "/usr/bin/redis-server", install: "apt-get install redis-server" },
  valkey: {
    bin: "/usr/bin/valkey-server",
    install: "apt-get install -t bookworm-backports valkey-server",
  },
};

export const hasRedisServer = (flavour: RedisFlavour) => existsSync(BINARIES[flavour].bin);

export interface TestRedisOptions {
  flavour: RedisFlavour;
  /** requirepass: the password of the `default` user. */
  password?: string;
  /** ACL rules written as `user <name> <rules>` lines in the configuration file. */
  users?: Record<string, string>;
  /** Serve TLS only (no plain port), with a throw-away CA whose file is `tls.caFile`. */
  tls?: boolean;
  /** Further configuration directives, e.g. `{ masterauth: "…", "slowlog-log-slower-than": "0" }`. */
  config?: Record<string, string>;
}

export interface TestRedis {
  flavour: RedisFlavour;
  host: string;
  port: number;
  /** Password of the `default` user, when set. */
  password?: string;
  /** The CA and certificate files when started with `tls`. */
  tls?: TlsFiles;
  /** Process id of the server, e.g. to SIGSTOP it. */
  pid(): number;
  /** A plain client as the default user (or `user`), closed by the caller. */
  client(o?: { username?: string; password?: string }): Promise<Valkey>;
  /** Stops and starts the server on the same port (counters start again from zero). */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/** Starts Debian's redis-server or valkey-server on a free loopback port in a temporary directory. */
export async function startTestRedis(o: TestRedisOptions): Promise<TestRedis> {
  const { bin, install } = BINARIES[o.flavour];
  if (!hasRedisServer(o.flavour)) {
    throw new Error(`${bin} is missing: ${install} (the ${o.flavour} tests cannot run without it)`);
  }
  const dir = await mkdtemp(join(tmpdir(), `logstag-${o.flavour}-`));
  const port = await getPort({ host: "127.0.0.1" });
  const tls = o.tls ? await makeTlsFiles(dir) : undefined;
  const lines = [
    "bind 127.0.0.1",
    ...(tls
      ? [
          "port 0",
          `tls-port ${port}`,
          `tls-cert-file ${tls.certFile}`,
          `tls-key-file ${tls.keyFile}`,
          `tls-ca-cert-file ${tls.caFile}`,
          "tls-auth-clients no",
        ]
      : [`port ${port}`]),
    `dir ${dir}`,
    'save ""',
    "appendonly no",
    "daemonize no",
    "loglevel warning",
    `logfile ${join(dir, "server.log")}`,
    ...(o.password === undefined ? [] : [`requirepass ${o.password}`]),
    ...Object.entries(o.config ?? {}).map(([k, v]) => `${k} ${v}`),
    ...Object.entries(o.users ?? {}).map(([name, rules]) => `user ${name} ${rules}`),
  ];
  const configFile = join(dir, "server.conf");
  await writeFile(configFile, `${lines.join("\n")}\n`);
  let proc: ChildProcess;
  const connect = async (c: { username?: string; password?: string } = {}) => {
    const client = new Valkey({
      host: "127.0.0.1",
      port,
      username: c.username,
      password: c.password ?? o.password,
      lazyConnect: true,
      retryStrategy: () => null,
      maxRetriesPerRequest: 0,
      enableOfflineQueue: false,
      ...(tls ? { tls: { ca: readFileSync(tls.caFile), servername: "localhost" } } : {}),
    });
    client.on("error", () => {});
    await client.connect();
    return client;
  };
  const start = async () => {
    proc = spawn(bin, [configFile], { stdio: "ignore" });
    await waitUntilReady(connect, `${o.flavour} at 127.0.0.1:${port}`);
  };
  const stopServer = async () => {
    if (proc.exitCode !== null || proc.signalCode !== null) return;
    const exited = new Promise((r) => proc.once("exit", r));
    proc.kill("SIGCONT");
    proc.kill("SIGTERM");
    await exited;
  };
  await start();
  return {
    flavour: o.flavour,
    host: "127.0.0.1",
    port,
    password: o.password,
    ...(tls ? { tls } : {}),
    pid: () => proc.pid ?? -1,
    client: connect,
    async restart() {
      await stopServer();
      await start();
    },
    async stop() {
      await stopServer();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function waitUntilReady(connect: () => Promise<Valkey>, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    try {
      const client = await connect();
      await client.ping();
      client.disconnect();
      return;
    } catch {
      await sleep(50);
    }
  }
  throw new Error(`${what} did not accept connections within 20 s`);
}
