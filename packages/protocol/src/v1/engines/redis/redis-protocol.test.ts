import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { findEngineMetric } from "../../metric-catalog.ts";
import { payloadSchema } from "../../payload.ts";
import { snapshotKindsOf } from "../../snapshots.ts";

const payload = (engine: string, data: unknown) => ({
  payloadId: randomUUID(),
  agentId: randomUUID(),
  targetId: randomUUID(),
  engine,
  collector: "security",
  group: "low",
  collectedAt: new Date().toISOString(),
  durationMs: 1,
  status: "ok",
  data,
});

const security = {
  protectedMode: true,
  defaultUserNoPassword: false,
  defaultUserEnabled: true,
  aclUsers: 2,
  dangerousCommands: ["flushall", "keys"],
  aclLogDenials: null,
};

describe("redis protocol module", () => {
  it("serves Redis and Valkey targets with the redis. catalog", () => {
    for (const engine of ["redis", "valkey"] as const) {
      expect(findEngineMetric("redis.command.calls", engine)?.labels).toEqual(["command"]);
      expect(snapshotKindsOf(engine)).toEqual([
        "redis.clients",
        "redis.slowlog",
        "redis.config",
        "redis.security",
      ]);
      const parsed = payloadSchema.parse(
        payload(engine, {
          metrics: [{ name: "redis.memory.fragmentation_ratio", value: 1.25 }],
          snapshot: { kind: "redis.security", rows: [security] },
        }),
      );
      expect(parsed.data.snapshot?.rows).toEqual([security]);
    }
    expect(findEngineMetric("redis.uptime", "postgres")).toBeUndefined();
  });

  it("refuses a second security row and labels the catalog does not list", () => {
    const rows = [security, security];
    expect(
      payloadSchema.safeParse(payload("valkey", { snapshot: { kind: "redis.security", rows } }))
        .error?.issues[0]?.message,
    ).toBe("redis.security allows at most 1 rows");
    const labelled = payloadSchema.safeParse(
      payload("redis", { metrics: [{ name: "redis.uptime", value: 1, labels: { db: "db0" } }] }),
    );
    expect(labelled.error?.issues[0]?.message).toBe("metric redis.uptime has no label db");
  });
});
