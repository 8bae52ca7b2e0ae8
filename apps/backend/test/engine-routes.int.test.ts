import type { BreakdownResponse, InstanceResponse, SeriesResponse } from "@logstag/api-contract";
import { AGENT_API, type RegisterAgentResponse } from "@logstag/protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makePayload } from "../src/testing/payload-factory.ts";
import {
  createTestOrg,
  signIn,
  startTestBackend,
  type TestBackend,
} from "../src/testing/start-test-backend.ts";
import { postAgent } from "./agent-api.ts";

let backend: TestBackend;
beforeAll(async () => {
  backend = await startTestBackend();
});
afterAll(async () => {
  await backend?.stop();
});

/** An organization with one Redis and one Valkey target, signed in. */
async function setUp() {
  const org = await createTestOrg(backend.db);
  const res = await postAgent(
    backend.url,
    AGENT_API.register,
    {
      agentName: "cache-agent",
      hostname: "h",
      agentVersion: "0.1.0",
      targets: [
        { name: "cache", engine: "redis" },
        { name: "sessions", engine: "valkey" },
      ],
    },
    { key: org.agentKey },
  );
  const body = res.body as RegisterAgentResponse;
  const [redis, valkey] = body.targets.map((t) => ({
    agentId: body.agentId,
    targetId: t.targetId,
  }));
  if (!redis || !valkey) throw new Error("registration returned no targets");
  const cookie = await signIn(backend.url, org);
  const ingest = async (payloads: unknown[]) => {
    const r = await postAgent(backend.url, AGENT_API.ingest, { payloads }, { key: org.agentKey });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
  };
  const get = async <T>(targetId: string, path: string, query: Record<string, string> = {}) => {
    const qs = new URLSearchParams(query).toString();
    const r = await fetch(`${backend.url}/api/v1/targets/${targetId}/${path}?${qs}`, {
      headers: { cookie },
    });
    return { status: r.status, body: (await r.json()) as T };
  };
  return { redis, valkey, ingest, get };
}

const commands = (
  ids: { agentId: string; targetId: string },
  engine: "redis" | "valkey",
  at: number,
  set: number,
  get: number,
) =>
  makePayload(ids, {
    engine,
    collector: "commands",
    group: "medium",
    collectedAt: new Date(at).toISOString(),
    data: {
      metrics: [
        { name: "redis.command.calls", value: set, labels: { command: "set" } },
        { name: "redis.command.usec", value: set * 3, labels: { command: "set" } },
        { name: "redis.command.calls", value: get, labels: { command: "get" } },
        { name: "redis.command.latency_p99", value: 12, labels: { command: "get" } },
      ],
    },
  });

describe("engine-generic routes on Redis and Valkey targets", () => {
  it("total counters per command over a range, across a statistics reset", async () => {
    const { redis, ingest, get } = await setUp();
    const t = Math.floor(Date.now() / 60_000) * 60_000 - 5 * 60_000;
    await ingest([
      commands(redis, "redis", t, 100, 10),
      commands(redis, "redis", t + 60_000, 160, 30),
      // CONFIG RESETSTAT: counters start again; the drop is no negative increase.
      commands(redis, "redis", t + 120_000, 40, 5),
      commands(redis, "redis", t + 180_000, 100, 25),
    ]);
    const range = { from: new Date(t - 1000).toISOString(), to: new Date().toISOString() };
    const { status, body } = await get<BreakdownResponse>(redis.targetId, "series/breakdown", {
      metrics: "redis.command.calls,redis.command.usec,redis.command.latency_p99",
      by: "command",
      ...range,
    });
    expect(status).toBe(200);
    const row = (key: string) => body.rows.find((r) => r.key === key)?.values;
    expect(row("set")?.["redis.command.calls"]?.increase).toBe(60 + 60);
    expect(row("set")?.["redis.command.usec"]?.increase).toBe(180 + 180);
    expect(row("set")?.["redis.command.calls"]?.rate).toBeCloseTo(120 / 120, 5);
    expect(row("get")?.["redis.command.calls"]?.increase).toBe(20 + 20);
    expect(row("get")?.["redis.command.latency_p99"]).toMatchObject({ last: 12, avg: 12 });
    expect(body.truncated).toBe(false);
  });

  it("let a Valkey target report with Redis's catalog, and refuse another engine's metric", async () => {
    const { valkey, ingest, get } = await setUp();
    await ingest([commands(valkey, "valkey", Date.now() - 60_000, 5, 5)]);
    const range = {
      from: new Date(Date.now() - 600_000).toISOString(),
      to: new Date().toISOString(),
    };
    const ok = await get<SeriesResponse>(valkey.targetId, "series", {
      metrics: "redis.command.calls",
      ...range,
    });
    expect(ok.status).toBe(200);
    expect(ok.body.series.map((s) => s.labels.command).sort()).toEqual(["get", "set"]);
    const wrong = await get(valkey.targetId, "series", {
      metrics: "postgres.connections",
      ...range,
    });
    expect(wrong.status).toBe(400);
  });

  it("describe the instance from its latest samples: maxmemory 0 is no limit, keyspaces by keys", async () => {
    const { redis, ingest, get } = await setUp();
    await ingest([
      makePayload(redis, {
        engine: "redis",
        collector: "server",
        data: {
          metrics: [
            { name: "redis.memory.used", value: 1_048_576 },
            { name: "redis.memory.maxmemory", value: 0 },
            { name: "redis.clients.connected", value: 7 },
          ],
          inventory: { engineVersion: "Valkey 8.0.1", role: "primary" },
        },
      }),
      makePayload(redis, {
        engine: "redis",
        collector: "keyspace",
        group: "medium",
        data: {
          metrics: [
            { name: "redis.keyspace.keys", value: 10, labels: { db: "db0" } },
            { name: "redis.keyspace.keys", value: 3, labels: { db: "db2" } },
          ],
        },
      }),
    ]);
    const { status, body } = await get<InstanceResponse>(redis.targetId, "instance");
    expect(status).toBe(200);
    expect(body).toMatchObject({ engine: "redis", version: "Valkey 8.0.1", role: "primary" });
    const fact = (key: string) => body.facts.find((f) => f.key === key);
    expect(fact("maxmemory")).toMatchObject({ value: 0, text: "no limit" });
    expect(fact("used_memory")?.value).toBe(1_048_576);
    expect(fact("keys")?.value).toBe(13);
    expect(body.parts.items).toEqual([
      { name: "db0", value: 10 },
      { name: "db2", value: 3 },
    ]);
  });
});
