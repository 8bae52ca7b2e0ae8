import { describe, expect, it } from "vitest";
import { parseInfo } from "./map-info.ts";
import { engineVersion, mapInventory, mapServerMetrics, roleOf } from "./map-server.ts";
import { infoFixture } from "./test-fixtures.ts";

const metric = (info: string, name: string, labels?: Record<string, string>) =>
  mapServerMetrics(parseInfo(info)).find(
    (m) => m.name === name && JSON.stringify(m.labels) === JSON.stringify(labels),
  )?.value;

describe("server metrics and inventory from INFO", () => {
  it("reads Redis 6.2 figures, with no ACL refusal counts (7.2+)", () => {
    const info = infoFixture("redis-6.2");
    expect(metric(info, "redis.uptime")).toBe(86400);
    expect(metric(info, "redis.clients.connected")).toBe(12);
    expect(metric(info, "redis.clients.blocked")).toBe(1);
    expect(metric(info, "redis.clients.max")).toBe(10000);
    expect(metric(info, "redis.memory.maxmemory")).toBe(104857600);
    expect(metric(info, "redis.memory.fragmentation_ratio")).toBe(2);
    expect(metric(info, "redis.connections.rejected")).toBe(2);
    expect(metric(info, "redis.cpu.user")).toBe(30.25);
    expect(metric(info, "redis.keyspace.misses")).toBe(100);
    expect(metric(info, "redis.acl.denied", { reason: "auth" })).toBeUndefined();
    expect(mapInventory(parseInfo(info), new Date())).toEqual({
      engineVersion: "Redis 6.2.14",
      role: "primary",
      startedAt: new Date(1700000000000 - 86400_000).toISOString(),
    });
  });

  it("leaves out fields a 6.0 server does not have, never sending 0 for them", () => {
    const samples = mapServerMetrics(parseInfo(infoFixture("redis-6.0")));
    expect(samples.map((s) => s.name)).not.toContain("redis.clients.max");
    expect(samples.map((s) => s.name)).not.toContain("redis.acl.denied");
    expect(roleOf(parseInfo(infoFixture("redis-6.0")))).toBe("replica");
  });

  it("tells Valkey 8 (which reports redis_version 7.2.4) from Redis", () => {
    const valkey = parseInfo(infoFixture("valkey-8.0"));
    expect(valkey.get("redis_version")).toBe("7.2.4");
    expect(engineVersion(valkey)).toBe("Valkey 8.0.1");
    expect(engineVersion(parseInfo(infoFixture("redis-7.0-primary")))).toBe("Redis 7.0.15");
    const denied = mapServerMetrics(valkey).filter((m) => m.name === "redis.acl.denied");
    expect(denied.map((m) => m.labels?.reason)).toEqual(["auth", "cmd", "key", "channel"]);
  });

  it("maps every field of a real Redis 7.0 INFO to a number", () => {
    const samples = mapServerMetrics(parseInfo(infoFixture("redis-7.0-primary")));
    expect(samples).toHaveLength(21);
    for (const s of samples) expect(Number.isFinite(s.value)).toBe(true);
  });
});
