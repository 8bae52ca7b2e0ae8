import { type Alert, API_ROUTES } from "@logstag/api-contract";
import { startTestRedis, type TestRedis } from "@logstag/test-support";
import type Valkey from "iovalkey";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AgentStack, FAST_INTERVALS, startAgentStack } from "./agent-stack.ts";
import { waitFor } from "./alert-http.ts";

// End to end: a real agent watches a real redis-server; once maxmemory is set and keys fill half
// of it, the "memory against maxmemory" rule pends, fires and reaches a real webhook receiver,
// signed; FLUSHALL clears the condition and the receiver hears that the alert resolved.
const MAXMEMORY = 16 * 1024 * 1024;
const KEYS = 100;
const VALUE = "x".repeat(100 * 1024);

let redis: TestRedis;
let client: Valkey;
let stack: AgentStack;

beforeAll(async () => {
  redis = await startTestRedis({ flavour: "redis" });
  client = await redis.client();
  stack = await startAgentStack([
    {
      name: "session-cache",
      engine: "redis",
      enabled: true,
      intervalsMs: FAST_INTERVALS,
      collectorTimeoutMs: 5000,
      connection: { host: redis.host, port: redis.port, db: 0 },
      endpoint: `${redis.host}:${redis.port}`,
    },
  ]);
}, 180_000);

afterAll(async () => {
  client?.disconnect();
  await stack?.stop();
  await redis?.stop();
});

const hooksOf = (kind: string) => stack.hooks.hooks.filter((h) => h.json.kind === kind);

describe("alerting end to end with a real agent and redis-server", () => {
  let alert: Alert;

  it("creates a webhook channel, a policy and a rule from a Redis template", async () => {
    await stack.routeAllToWebhook();
    const rule = await stack.api.post<{ params: Record<string, unknown> }>(
      API_ROUTES.alertRules.create.path,
      {
        name: "Cache memory",
        templateId: "redis-memory-usage",
        params: { warning_pct: 50 },
        timing: { forSeconds: 2, keepFiringForSeconds: 0 },
      },
    );
    expect(rule.params).toEqual({ warning_pct: 50 });
  });

  it("stays quiet while maxmemory is 0 (no limit, far below the absolute threshold)", async () => {
    await stack.waitForMetric("redis.memory.maxmemory");
    await stack.waitForMetric("redis.memory.used");
    const since = new Date();
    await waitFor("two evaluations with the agent's samples", async () => {
      const { rows } = await stack.db.query<{ n: number }>(
        "select count(*)::int as n from job_runs where job = 'alert-evaluation' and started_at > $1 and finished_at is not null",
        [since],
      );
      return (rows[0]?.n ?? 0) >= 2 ? true : undefined;
    });
    expect(await stack.api.alerts("view=active")).toEqual([]);
  });

  it("goes pending, then firing, when keys fill more than half of a lowered maxmemory", async () => {
    await client.config("SET", "maxmemory", String(MAXMEMORY));
    for (let i = 0; i < KEYS; i++) await client.set(`session:${i}`, VALUE);
    const used = Number(/used_memory:(\d+)/.exec(await client.info("memory"))?.[1]);
    expect(used / MAXMEMORY).toBeGreaterThan(0.55);
    expect(used / MAXMEMORY).toBeLessThan(0.9);
    const firing = await stack.waitForFiring();
    alert = firing.alert;
    expect(firing.firstEvents).toEqual(["pending", "firing"]);
    expect(alert).toMatchObject({
      severity: "warning",
      assetName: "session-cache",
      engine: "redis",
    });
    expect(alert.annotations.summary).toMatch(
      /^session-cache: memory at \d+(\.\d+)? ?% of maxmemory/,
    );
  });

  it("sends the firing webhook once, with a valid HMAC signature", async () => {
    const hook = await waitFor("the firing webhook", () => hooksOf("firing")[0]);
    expect(hook.signatureValid).toBe(true);
    expect(hook.headers["x-logstag-delivery"]).toBe(hook.json.deliveryId);
    expect(hook.json.alerts).toEqual([
      expect.objectContaining({
        id: alert.id,
        state: "firing",
        severity: "warning",
        rule: "Cache memory",
        asset: "session-cache",
      }),
    ]);
  });

  it("resolves when the keys are flushed, and the receiver hears it", async () => {
    await client.flushall("SYNC");
    const hook = await waitFor("the resolved webhook", () => hooksOf("resolved")[0]);
    expect(hook.signatureValid).toBe(true);
    expect(hook.json.alerts).toEqual([
      expect.objectContaining({ id: alert.id, state: "resolved" }),
    ]);
    const detail = await stack.api.alert(alert.id);
    expect(detail.state).toBe("resolved");
    expect(detail.events.map((e) => e.event)).toContain("resolved");
    expect(hooksOf("firing")).toHaveLength(1);
  });
});
