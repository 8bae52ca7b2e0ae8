import { execFile } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { promisify } from "node:util";
import type { AssetsResponse, BreakdownResponse } from "@logstag/api-contract";
import {
  createTestOrg,
  signIn,
  startTestBackend,
  type TestBackend,
} from "@logstag/backend/testing";
import {
  startTestPostgres,
  startTestRedis,
  type TestPostgres,
  type TestRedis,
} from "@logstag/test-support";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger, parseConfig, type RunningAgent, startAgent } from "../src/index.ts";

// What a stranger checks first: run a benchmark whose figures are known exactly (redis-benchmark,
// pgbench), then compare them with what Logstag charts for the same window. The benchmarks come
// with the Debian packages the tests install (redis-tools, postgresql-15).
const run = promisify(execFile);

const REDIS_SETS = 20_000;
const PGBENCH_CLIENTS = 4;
const PGBENCH_TRANSACTIONS = 500;

let backend: TestBackend;
let monitored: TestPostgres;
let redis: TestRedis;
let agent: RunningAgent;
let cookie: string;
const startedAt = new Date();

beforeAll(async () => {
  [backend, monitored, redis] = await Promise.all([
    startTestBackend(),
    startTestPostgres(),
    startTestRedis({ flavour: "redis" }),
  ]);
  const admin = new pg.Client({ connectionString: monitored.url });
  await admin.connect();
  await admin.query("create database bench");
  await admin.end();
  const org = await createTestOrg(backend.db);
  cookie = await signIn(backend.url, org);
  const config = parseConfig(
    `
[agent]
name = "peer-agent"
[backend]
url = "${backend.url}"
api_key = "${org.agentKey}"
[intervals]
high = "1s"
medium = "1s"
low = "1s"
schema = "60m"
[[targets]]
name = "peer-postgres"
engine = "postgres"
host = "${monitored.host}"
port = ${monitored.port}
database = "postgres"
user = "${monitored.user}"
password = "${monitored.password}"
[[targets]]
name = "peer-redis"
engine = "redis"
host = "${redis.host}"
port = ${redis.port}
`,
    { file: "peer-agent.toml" },
  );
  agent = startAgent(config, { logger: createLogger({ level: "silent" }), flushIntervalMs: 200 });
}, 180_000);

afterAll(async () => {
  await agent?.stop();
  await Promise.all([backend?.stop(), monitored?.stop(), redis?.stop()]);
});

async function get<T>(path: string, query: Record<string, string> = {}): Promise<T> {
  const res = await fetch(`${backend.url}${path}?${new URLSearchParams(query)}`, {
    headers: { cookie },
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

async function targetId(name: string): Promise<string> {
  for (let i = 0; i < 120; i++) {
    const assets = await get<AssetsResponse>("/api/v1/assets");
    const target = assets.targets.find((t) => t.name === name && t.status === "up");
    if (target) return target.id;
    await sleep(500);
  }
  throw new Error(`${name} did not come up`);
}

/** Logstag's increase of a counter since the test began, for one label value; null before data. */
async function chartedIncrease(
  target: string,
  metric: string,
  by: string,
  key: string,
): Promise<number | null> {
  const breakdown = await get<BreakdownResponse>(`/api/v1/targets/${target}/series/breakdown`, {
    metrics: metric,
    by,
    from: startedAt.toISOString(),
    to: new Date(Date.now() + 1000).toISOString(),
  });
  return breakdown.rows.find((r) => r.key === key)?.values[metric]?.increase ?? null;
}

/** Waits until the charted increase stops changing over three collection rounds, and returns it. */
async function settledIncrease(...args: Parameters<typeof chartedIncrease>): Promise<number> {
  let last: number | null = null;
  let same = 0;
  for (let i = 0; i < 120; i++) {
    const now = await chartedIncrease(...args);
    same = now !== null && now === last ? same + 1 : 0;
    if (same >= 3 && now !== null) return now;
    last = now;
    await sleep(1000);
  }
  throw new Error(`the increase of ${args[1]} for ${args[3]} did not settle (last ${last})`);
}

describe("Logstag's charts against the benchmarks' own counts", () => {
  it("counts exactly the SET commands redis-benchmark sent", async () => {
    const target = await targetId("peer-redis");
    // One SET first, so the command's series exists before the benchmark starts.
    const client = await redis.client();
    await client.set("peer:warm-up", "1");
    await client.quit();
    const before = await settledIncrease(target, "redis.command.calls", "command", "set");

    const { stdout } = await run("redis-benchmark", [
      ...["-h", redis.host, "-p", String(redis.port)],
      ...["-t", "set", "-n", String(REDIS_SETS), "-c", "10", "-q"],
    ]);
    expect(stdout).toMatch(/SET: [\d.]+ requests per second/);

    const after = await settledIncrease(target, "redis.command.calls", "command", "set");
    expect(after - before).toBe(REDIS_SETS);
  });

  it("counts the transactions pgbench committed, within its own few setup statements", async () => {
    const target = await targetId("peer-postgres");
    const env = { ...process.env, PGPASSWORD: monitored.password };
    const connection = ["-h", monitored.host, "-p", String(monitored.port), "-U", monitored.user];
    await run("pgbench", [...connection, "-i", "-s", "1", "-q", "bench"], { env });
    const before = await settledIncrease(
      target,
      "postgres.database.xact_commit",
      "database",
      "bench",
    );

    const { stdout } = await run(
      "pgbench",
      [
        ...connection,
        ...["-n", "-c", String(PGBENCH_CLIENTS), "-t", String(PGBENCH_TRANSACTIONS), "bench"],
      ],
      { env },
    );
    const processed = Number(/number of transactions actually processed: (\d+)/.exec(stdout)?.[1]);
    expect(processed).toBe(PGBENCH_CLIENTS * PGBENCH_TRANSACTIONS);

    const after = await settledIncrease(
      target,
      "postgres.database.xact_commit",
      "database",
      "bench",
    );
    // pgbench also commits its scale check, and autovacuum may commit in the database meanwhile.
    expect(after - before).toBeGreaterThanOrEqual(processed);
    expect(after - before).toBeLessThanOrEqual(processed * 1.01);
  });
});
