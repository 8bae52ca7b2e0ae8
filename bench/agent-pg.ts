import { spawn, spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { loadavg } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { startDebianPostgres } from "@logstag/test-support";
import pg from "pg";
import { buildExecutable } from "../apps/agent/scripts/build-executable.ts";
import { bundleAgent } from "../apps/agent/scripts/bundle.ts";
import { connectPostgres } from "../apps/agent/src/collectors/postgres/connect.ts";
import { postgres } from "../apps/agent/src/collectors/postgres/index.ts";
import type { Statement } from "../apps/agent/src/collectors/sql.ts";
import { startFakeBackend } from "../apps/agent/test/fake-backend.ts";
import { runPgbenchInit, startPgbench } from "./agent-pg-setup.ts";
import { cpuSeconds, watchRss } from "./lib/proc-stats.ts";
import { fmt, machine, mib, summarize } from "./lib/stats.ts";

// The agent's cost on a busy server: 500 pgbench clients, the high-frequency statements timed per
// tick, then the agent process itself with 10 targets (CPU and resident memory).
const num = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const CLIENTS = num("BENCH_PG_CLIENTS", 500);
const TICKS = num("BENCH_PG_TICKS", 30);
const SKIP_SOURCE = process.env.BENCH_PG_SKIP_SOURCE === "1";
/** The high group's statements by name, as the per-tick timing saw them. */
const highStatements = new Map<string, { text: string; params?: readonly unknown[] }>();
const TARGETS = num("BENCH_PG_TARGETS", 10);
const AGENT_SECONDS = num("BENCH_PG_AGENT_SECONDS", 120);
const TPS = num("BENCH_PG_TPS", 300);

const server = await startDebianPostgres({
  major: 15,
  settings: { max_connections: String(CLIENTS + 100), shared_buffers: "256MB" },
});
const dir = await mkdtemp("/tmp/logstag-bench-agent-");
const fake = await startFakeBackend();
try {
  await runPgbenchInit(server);
  const admin = new pg.Client({ connectionString: server.url });
  // The server stopping at the end must not hide the error that stopped the run.
  admin.on("error", () => {});
  await admin.connect();
  for (let i = 1; i <= TARGETS; i++) await admin.query(`create database bench_${i}`);
  const pgbench = startPgbench(server, CLIENTS, 2 * TICKS + 3 * (AGENT_SECONDS + 20) + 60, TPS);
  await waitForClients(admin, CLIENTS);
  const load = () =>
    loadavg()
      .map((l) => fmt(l, 1))
      .join(" ");
  const { rows } = await admin.query<{ n: string }>(
    "select count(*) as n from pg_stat_activity where backend_type = 'client backend'",
  );
  console.log(`# Agent on PostgreSQL under load\n\n${machine()}`);
  console.log(
    `Server: Debian PostgreSQL 15, ${rows[0]?.n} client connections (pgbench -N -c ${CLIENTS} -R ${TPS})\n`,
  );

  const perTick = await timeHighTicks(server);
  const s = summarize(perTick.map((t) => t.total));
  console.log(
    `High-frequency statements per tick (${TICKS} ticks, one connection; load average ${load()}):`,
  );
  console.log(
    `  total: p50 ${fmt(s.p50, 1)} ms, p95 ${fmt(s.p95, 1)} ms, max ${fmt(Math.max(...perTick.map((t) => t.total)), 1)} ms`,
  );
  const statements = [...new Set(perTick.flatMap((t) => Object.keys(t.byStatement)))];
  for (const name of statements) {
    const st = summarize(perTick.map((t) => t.byStatement[name] ?? 0));
    console.log(`  ${name}: p50 ${fmt(st.p50, 1)} ms, p95 ${fmt(st.p95, 1)} ms`);
  }

  await printServerTimes(admin, highStatements);

  const bundle = await bundleAgent();
  const executable = await buildExecutable(join(dir, "logstag-agent"));
  const shipped = await unitEnvironment();
  // A file just written is wholly in the page cache, and mapping it then pulls in up to ~11 MiB
  // more clean pages than the program uses (a single executable "hello world": 51 MiB RSS fresh,
  // 36 MiB once evicted). Measure the files as an installed, settled service maps them.
  spawnSync("sync");
  for (const file of [executable, bundle]) {
    spawnSync("dd", [`if=${file}`, "iflag=nocache", "count=0", "status=none"]);
  }
  const config = join(dir, "agent.toml");
  await writeFile(config, agentConfig(fake.url, server, TARGETS));
  const run = ["run", "-c", config, "--log-level", "warn"];
  const flags = Object.entries(shipped)
    .map(([k, v]) => `${k}=${v}`)
    .join(" ");
  const variants: [label: string, command: string, args: string[], env: NodeJS.ProcessEnv][] = [
    [`as shipped (single executable, the systemd unit's ${flags})`, executable, run, shipped],
    [`built (node dist/logstag-agent.mjs), ${flags}`, process.execPath, [bundle, ...run], shipped],
    ["built (node dist/logstag-agent.mjs), no flags", process.execPath, [bundle, ...run], {}],
    ...(SKIP_SOURCE
      ? []
      : [
          [
            "from source (bin/logstag-agent.mjs, TypeScript loader)",
            process.execPath,
            [new URL("../apps/agent/bin/logstag-agent.mjs", import.meta.url).pathname, ...run],
            {},
          ] as [string, string, string[], NodeJS.ProcessEnv],
        ]),
  ];
  for (const [label, command, args, env] of variants) {
    const from = fake.requests.length;
    const r = await measureAgent(command, args, env, AGENT_SECONDS);
    console.log(
      `\nAgent process, ${TARGETS} targets, ${AGENT_SECONDS} s, ${label} (load ${load()}):`,
    );
    console.log(
      `  CPU ${fmt(r.cpuS, 2)} s (${fmt((100 * r.cpuS) / AGENT_SECONDS, 2)} % of one core); RSS peak ${mib(r.peak)} (start-up included: ${mib(r.startupPeak)}), at the end ${mib(r.last)}`,
    );
    const ticks = highTicks(fake.requests.slice(from).map((req) => req.body));
    const t = summarize(ticks);
    console.log(
      `  high-group runs in the agent (${ticks.length}, every collector of a target's tick): p50 ${fmt(t.p50, 1)} ms, p95 ${fmt(t.p95, 1)} ms`,
    );
  }
  console.log(
    `\nPayloads received by the stand-in backend: ${fake.requests.filter((r) => r.path.endsWith("/ingest")).length} batches`,
  );
  pgbench.kill("SIGINT");
  await admin.end();
} finally {
  await fake.close();
  await server.stop();
  await rm(dir, { recursive: true, force: true });
}

async function waitForClients(admin: pg.Client, n: number): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const { rows } = await admin.query<{ n: string }>(
      "select count(*) as n from pg_stat_activity where application_name = 'pgbench'",
    );
    if (Number(rows[0]?.n) >= n) return;
    await sleep(500);
  }
  throw new Error(`pgbench did not open ${n} connections within 2 minutes`);
}

/** Runs the high group's collectors TICKS times, timing each statement on the server's answer. */
async function timeHighTicks(s: typeof server) {
  const session = await connectPostgres(
    {
      host: s.host,
      port: s.port,
      database: "postgres",
      user: s.user,
      password: s.password,
      sslmode: "disable",
      queryText: "normalized",
      statementsTop: 100,
      schemaDatabases: 50,
    },
    { timeoutMs: 5000, statementTimeoutMs: 5000 },
  );
  const names = new Map<string, string>();
  for (const file of ["queries.ts", "queries-activity.ts"]) {
    const module: Record<string, unknown> = await import(
      `../apps/agent/src/collectors/postgres/${file}`
    );
    for (const [name, value] of Object.entries(module)) names.set((value as Statement).text, name);
  }
  let current: Record<string, number> = {};
  const timed = {
    ...session,
    async query(statement: Statement, params?: readonly unknown[]) {
      const start = performance.now();
      const rows = await session.query(statement, params);
      const name = names.get(statement.text) ?? "other";
      highStatements.set(name, { text: statement.text, ...(params ? { params } : {}) });
      current[name] = (current[name] ?? 0) + performance.now() - start;
      return rows;
    },
  };
  const high = postgres.collectors.filter((c) => c.group === "high");
  for (const c of high) await c.collect(timed); // warm-up: feature detection, plans
  const ticks: { total: number; byStatement: Record<string, number> }[] = [];
  for (let i = 0; i < TICKS; i++) {
    current = {};
    for (const c of high) await c.collect(timed);
    ticks.push({ total: Object.values(current).reduce((a, b) => a + b, 0), byStatement: current });
    await sleep(1000);
  }
  await session.close();
  return ticks;
}

function agentConfig(url: string, s: typeof server, targets: number): string {
  const target = (i: number) => `
[[targets]]
name = "bench-${i}"
engine = "postgres"
host = "${s.host}"
port = ${s.port}
database = "bench_${i}"
user = "${s.user}"
password = "${s.password}"
`;
  return `[backend]\nurl = "${url}"\napi_key = "lsa_bench"\n${Array.from({ length: targets }, (_, i) => target(i + 1)).join("")}`;
}

async function measureAgent(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  seconds: number,
) {
  const child = spawn(command, args, {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, ...env },
  });
  const pid = child.pid as number;
  const startup = watchRss(pid, 200);
  // Start-up (module loading, every group's first run at once) is reported apart from the steady state.
  await sleep(15_000);
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

/** The `Environment=` settings of the shipped systemd unit: the agent runs with them. */
async function unitEnvironment(): Promise<Record<string, string>> {
  const unit = await readFile(
    new URL("../deploy/linux/logstag-agent.service", import.meta.url),
    "utf8",
  );
  const env: Record<string, string> = {};
  for (const m of unit.matchAll(/^Environment=([A-Z_]+)=(.*)$/gm))
    env[m[1] as string] = m[2] as string;
  return env;
}

/** How long each tick of a target's high group took in the agent: the sum of its collectors' durations. */
function highTicks(bodies: unknown[]): number[] {
  type Sent = { targetId: string; group: string; collectedAt: string; durationMs: number };
  const byTarget = new Map<string, Sent[]>();
  for (const body of bodies) {
    for (const p of ((body as { payloads?: unknown[] }).payloads ?? []) as Sent[]) {
      if (p.group === "high") byTarget.set(p.targetId, [...(byTarget.get(p.targetId) ?? []), p]);
    }
  }
  const ticks: number[] = [];
  for (const payloads of byTarget.values()) {
    payloads.sort((a, b) => Date.parse(a.collectedAt) - Date.parse(b.collectedAt));
    // A tick's collectors run one after another; the next tick starts an interval (10 s) later.
    let start = Number.NEGATIVE_INFINITY;
    for (const p of payloads) {
      const at = Date.parse(p.collectedAt);
      if (at - start > 3000) {
        start = at;
        ticks.push(0);
      }
      ticks[ticks.length - 1] = (ticks.at(-1) ?? 0) + p.durationMs;
    }
  }
  return ticks;
}

/**
 * The server's own planning + execution time of each high-frequency statement (EXPLAIN ANALYZE,
 * from the bench's connection, never the agent's), apart from network and client scheduling.
 */
async function printServerTimes(
  admin: pg.Client,
  statements: Map<string, { text: string; params?: readonly unknown[] }>,
) {
  console.log("Server-side time of each statement (EXPLAIN ANALYZE, 20 runs):");
  for (const [name, { text, params }] of statements) {
    const ms: number[] = [];
    for (let i = 0; i < 20; i++) {
      const { rows } = await admin.query<{
        "QUERY PLAN": [{ "Planning Time": number; "Execution Time": number }];
      }>(`explain (analyze, format json) ${text}`, params ? [...params] : undefined);
      const plan = rows[0]?.["QUERY PLAN"][0];
      if (plan) ms.push(plan["Planning Time"] + plan["Execution Time"]);
    }
    const st = summarize(ms);
    console.log(`  ${name}: p50 ${fmt(st.p50, 2)} ms, p95 ${fmt(st.p95, 2)} ms`);
  }
}
