import type { HealthReport } from "@logstag/api-contract";
import {
  createTestOrg,
  generateReportAt,
  signIn,
  startTestBackend,
  type TestBackend,
} from "@logstag/backend/testing";
import { type RedisFlavour, startTestRedis, type TestRedis } from "@logstag/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TargetConfig } from "../src/config/agent-config.ts";
import { collectOnce } from "../src/scheduler/collect-once.ts";
import { BackendClient } from "./backend-client.ts";

// Real redis-server / valkey-server, collected by the real agent into a real backend.
let backend: TestBackend;
let api: BackendClient;
let orgId: string;
const servers: TestRedis[] = [];

beforeAll(async () => {
  backend = await startTestBackend();
  const org = await createTestOrg(backend.db);
  orgId = org.orgId;
  api = new BackendClient(backend.url, org.agentKey, await signIn(backend.url, org));
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  await backend?.stop();
});

function redisTarget(name: string, flavour: RedisFlavour, server: TestRedis): TargetConfig {
  const ms = 60_000;
  return {
    name,
    engine: flavour,
    enabled: true,
    intervalsMs: { high: ms, medium: ms, low: ms, schema: ms },
    collectorTimeoutMs: 5000,
    connection: {
      host: server.host,
      port: server.port,
      db: 0,
      ...(server.password ? { password: server.password } : {}),
    },
    endpoint: `${server.host}:${server.port}`,
  };
}

async function reportOf(
  name: string,
  flavour: RedisFlavour,
  server: TestRedis,
): Promise<HealthReport> {
  const ids = await api.register(name, flavour);
  await api.ingest(ids, await collectOnce(redisTarget(name, flavour, server)));
  return generateReportAt(backend.db, orgId, ids.targetId, new Date(Date.now() + 1000));
}

const state = (report: HealthReport, id: string) =>
  report.findings.find((f) => f.checkId === id)
    ? "fail"
    : report.passed.some((p) => p.checkId === id)
      ? "pass"
      : "not_evaluated";

describe.each(["redis", "valkey"] as const)("%s health checks", (flavour) => {
  it("flag a server without maxmemory and with a passwordless default user, quoting what they saw", async () => {
    const open = await startTestRedis({ flavour });
    servers.push(open);
    const report = await reportOf(`${flavour}-open`, flavour, open);
    const maxmemory = report.findings.find((f) => f.checkId === "redis.no_maxmemory");
    expect(maxmemory?.evidence).toContainEqual({ label: "maxmemory", value: "0 (no limit)" });
    const nopass = report.findings.find((f) => f.checkId === "redis.default_user_nopass");
    expect(nopass).toMatchObject({
      severity: "critical",
      evidence: expect.arrayContaining([{ label: "default user", value: "on, nopass" }]),
    });
    expect(state(report, "redis.persistence_disabled")).toBe("fail");
    expect(report.findings.find((f) => f.checkId === "redis.dangerous_commands")?.summary).toMatch(
      /flushall/,
    );
  });

  it("give no false positive on a server configured the safe way", async () => {
    const safe = await startTestRedis({
      flavour,
      password: "a-long-test-password",
      config: {
        maxmemory: "256mb",
        "maxmemory-policy": "allkeys-lru",
        appendonly: "yes",
        "latency-monitor-threshold": "100",
      },
    });
    servers.push(safe);
    const report = await reportOf(`${flavour}-safe`, flavour, safe);
    for (const id of [
      "redis.no_maxmemory",
      "redis.default_user_nopass",
      "redis.protected_mode_off",
      "redis.noeviction_near_limit",
      "redis.persistence_disabled",
      "redis.aof_fsync_policy",
      "redis.latency_monitor_off",
      "redis.rejected_connections",
      "redis.client_output_buffer_unlimited",
      "redis.slowlog_threshold",
    ]) {
      expect(state(report, id), id).toBe("pass");
    }
    expect(report.findings.map((f) => f.checkId)).not.toContain("redis.no_maxmemory");
  });
});
