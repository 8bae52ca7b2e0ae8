import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { loadavg } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { startTestRedis, type TestRedis } from "@logstag/test-support";
import type Valkey from "iovalkey";
import { bundleAgent } from "../apps/agent/scripts/bundle.ts";
import { type Command, command, commandText } from "../apps/agent/src/collectors/command.ts";
import { connectRedis, type RedisSession } from "../apps/agent/src/collectors/redis/connect.ts";
import { redis } from "../apps/agent/src/collectors/redis/index.ts";
import { startFakeBackend } from "../apps/agent/test/fake-backend.ts";
import { cpuSeconds, watchRss } from "./lib/proc-stats.ts";
import { fmt, machine, mib, summarize } from "./lib/stats.ts";

// The agent's cost on a Redis server with many clients: the high group's commands timed per tick
// against a bare PING round trip, then the agent process with 10 Redis targets (CPU, memory)
// against an idle Node.js process.
const num = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const CLIENTS = num("BENCH_REDIS_CLIENTS", 1000);
const TICKS = num("BENCH_REDIS_TICKS", 50);
const TARGETS = num("BENCH_REDIS_TARGETS", 10);
const AGENT_SECONDS = num("BENCH_REDIS_AGENT_SECONDS", 90);
const load = () =>
  loadavg()
    .map((l) => fmt(l, 1))
    .join(" ");

const server = await startTestRedis({
  flavour: "redis",
  config: { maxclients: String(CLIENTS + 200) },
});
const dir = await mkdtemp("/tmp/logstag-bench-agent-redis-");
const fake = await startFakeBackend();
const clients: Valkey[] = [];
try {
  for (let i = 0; i < CLIENTS; i++) {
    const c = await server.client();
    await c.call("CLIENT", "SETNAME", `app-${i}`);
    await c.set(`key:${i}`, "v");
    clients.push(c);
  }
  const info = await clients[0]?.info("clients");
  console.log(`# Agent on Redis with many clients\n\n${machine()}`);
  console.log(
    `Server: Debian Redis 7.0, ${/connected_clients:(\d+)/.exec(info ?? "")?.[1]} connected clients\n`,
  );

  const session = await connectRedis(
    { host: server.host, port: server.port, db: 0 },
    { timeoutMs: 5000, statementTimeoutMs: 5000 },
  );
  const ping = await timePing(session);
  const ticks = await timeHighTicks(session);
  await session.close();
  const total = summarize(ticks.map((t) => t.total));
  console.log(
    `Baseline, PING round trip (${ping.length} runs): p50 ${fmt(summarize(ping).p50, 3)} ms, p95 ${fmt(summarize(ping).p95, 3)} ms`,
  );
  console.log(
    `High-frequency commands per tick (${TICKS} ticks, one connection; load average ${load()}):`,
  );
  console.log(
    `  total: p50 ${fmt(total.p50, 2)} ms, p95 ${fmt(total.p95, 2)} ms (${fmt(total.p50 / summarize(ping).p50, 1)}× a PING at p50)`,
  );
  for (const name of Object.keys(ticks[0]?.byCommand ?? {})) {
    const s = summarize(ticks.map((t) => t.byCommand[name] ?? 0));
    console.log(`  ${name}: p50 ${fmt(s.p50, 2)} ms, p95 ${fmt(s.p95, 2)} ms`);
  }

  const idle = await measure([process.execPath, "-e", "setInterval(() => {}, 1000)"], 5, 3);
  const bundle = await bundleAgent();
  const config = join(dir, "agent.toml");
  await writeFile(config, agentConfig(fake.url, server, TARGETS));
  const agent = await measure(
    [process.execPath, bundle, "run", "-c", config, "--log-level", "warn"],
    AGENT_SECONDS,
  );
  console.log(`\nIdle Node.js process (baseline): RSS ${mib(idle.last)}`);
  console.log(
    `Agent process (built), ${TARGETS} Redis targets, ${AGENT_SECONDS} s settled (load ${load()}): CPU ${fmt(agent.cpuS, 2)} s (${fmt((100 * agent.cpuS) / AGENT_SECONDS, 2)} % of one core); RSS settled ${mib(agent.last)} (${fmt(agent.last / idle.last, 1)}× idle Node.js), peak ${mib(agent.peak)}, start-up peak ${mib(agent.startupPeak)}`,
  );
  const batches = fake.requests.filter((r) => r.path.endsWith("/ingest")).length;
  console.log(`Payloads received by the stand-in backend: ${batches} batches`);
} finally {
  for (const c of clients) c.disconnect();
  await fake.close();
  await server.stop();
  await rm(dir, { recursive: true, force: true });
}

/** PING round trips on the agent's own connection type: what any command costs at least. */
async function timePing(session: RedisSession): Promise<number[]> {
  const pingCommand = command("PING");
  const ms: number[] = [];
  for (let i = 0; i < 500; i++) {
    const start = performance.now();
    await session.send(pingCommand);
    ms.push(performance.now() - start);
  }
  return ms;
}

/** Runs the high group's collectors TICKS times, timing each command. */
async function timeHighTicks(session: RedisSession) {
  let current: Record<string, number> = {};
  const timed: RedisSession = {
    ...session,
    async send(c: Command) {
      const start = performance.now();
      const reply = await session.send(c);
      const name = commandText(c);
      current[name] = (current[name] ?? 0) + performance.now() - start;
      return reply;
    },
  };
  const high = redis.collectors.filter((c) => c.group === "high");
  for (const c of high) await c.collect(timed);
  const ticks: { total: number; byCommand: Record<string, number> }[] = [];
  for (let i = 0; i < TICKS; i++) {
    current = {};
    for (const c of high) await c.collect(timed);
    ticks.push({ total: Object.values(current).reduce((a, b) => a + b, 0), byCommand: current });
    await sleep(200);
  }
  return ticks;
}

function agentConfig(url: string, s: TestRedis, targets: number): string {
  const target = (i: number) =>
    `\n[[targets]]\nname = "cache-${i}"\nengine = "redis"\nhost = "${s.host}"\nport = ${s.port}\n`;
  return `[backend]\nurl = "${url}"\napi_key = "lsa_bench"\n${Array.from({ length: targets }, (_, i) => target(i + 1)).join("")}`;
}

/** CPU and memory of a process over `seconds`, after its start-up (reported apart). */
async function measure(argv: string[], seconds: number, startupSeconds = 15) {
  const [bin, ...args] = argv;
  const child = spawn(bin ?? process.execPath, args, { stdio: ["ignore", "ignore", "inherit"] });
  const pid = child.pid as number;
  const startup = watchRss(pid, 200);
  await sleep(startupSeconds * 1000);
  const cpu0 = cpuSeconds(pid);
  const rss = watchRss(pid, 500);
  await sleep(seconds * 1000);
  const cpuS = cpuSeconds(pid) - cpu0;
  const { peak, last } = rss.stop();
  const startupPeak = startup.stop().peak;
  child.kill("SIGTERM");
  await new Promise((r) => child.once("exit", r));
  return { cpuS, peak, last, startupPeak };
}
