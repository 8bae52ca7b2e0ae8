import { describe, expect, it } from "vitest";
import { parseInfo } from "./map-info.ts";
import {
  mapCommandStats,
  mapKeyspace,
  mapLatencyLatest,
  mapPersistence,
  mapReplication,
} from "./map-stats.ts";
import { infoFixture } from "./test-fixtures.ts";

const find =
  (samples: { name: string; labels?: Record<string, string>; value: number }[]) =>
  (name: string, labels?: Record<string, string>) =>
    samples.find((s) => s.name === name && JSON.stringify(s.labels) === JSON.stringify(labels))
      ?.value;

describe("command statistics", () => {
  it("reads calls, time, failures and percentiles per command as Redis 7 names them", () => {
    const info = parseInfo(infoFixture("redis-7.0-primary"));
    const value = find(mapCommandStats(info, info, info));
    expect(value("redis.command.calls", { command: "config|get" })).toBe(8);
    expect(value("redis.command.usec", { command: "config|get" })).toBe(677);
    expect(value("redis.command.failed_calls", { command: "lpush" })).toBe(1);
    expect(value("redis.command.rejected_calls", { command: "debug" })).toBe(1);
    expect(value("redis.command.latency_p50", { command: "set" })).toBe(13.055);
    expect(value("redis.command.latency_p999", { command: "replconf" })).toBe(91.135);
    expect(value("redis.errors", { error: "WRONGTYPE" })).toBe(1);
  });

  it("has no percentiles on 6.2 and no failed/rejected calls or errors on 6.0", () => {
    const v62 = parseInfo(infoFixture("redis-6.2"));
    const s62 = mapCommandStats(v62, v62, v62);
    expect(s62.some((s) => s.name.startsWith("redis.command.latency"))).toBe(false);
    expect(find(s62)("redis.command.failed_calls", { command: "config" })).toBe(2);
    expect(find(s62)("redis.errors", { error: "NOPERM" })).toBe(1);
    const v60 = parseInfo(infoFixture("redis-6.0"));
    const names = new Set(mapCommandStats(v60, v60, v60).map((s) => s.name));
    expect(names).toEqual(new Set(["redis.command.calls", "redis.command.usec"]));
  });
});

describe("persistence, replication, keyspace, latency", () => {
  it("turns statuses into 1/0 and leaves out a BGSAVE duration that never happened", () => {
    const info = parseInfo(infoFixture("redis-6.2"));
    const value = find(mapPersistence(info, info, new Date(1700000000_000)));
    expect(value("redis.persistence.rdb_last_bgsave_ok")).toBe(0);
    expect(value("redis.persistence.aof_last_write_ok")).toBe(1);
    expect(value("redis.persistence.rdb_last_save_age")).toBe(1000);
    expect(value("redis.persistence.rdb_last_bgsave_duration")).toBe(3);
    expect(value("redis.persistence.fork_usec")).toBe(1500);
    const never = parseInfo("rdb_last_bgsave_time_sec:-1\naof_enabled:0\n");
    const neverValue = find(mapPersistence(never, never, new Date()));
    expect(neverValue("redis.persistence.rdb_last_bgsave_duration")).toBeUndefined();
    expect(neverValue("redis.persistence.aof_enabled")).toBe(0);
    // Redis 6.0's fixture has no persistence section: only the fork time from stats remains.
    const v60 = parseInfo(infoFixture("redis-6.0"));
    expect(mapPersistence(v60, v60, new Date()).map((m) => m.name)).toEqual([
      "redis.persistence.fork_usec",
    ]);
  });

  it("computes each replica's lag from the primary's offset", () => {
    const value = find(mapReplication(parseInfo(infoFixture("redis-6.2"))));
    expect(value("redis.replication.connected_replicas")).toBe(2);
    expect(value("redis.replication.lag_bytes", { replica: "10.0.0.2:6379" })).toBe(200);
    expect(value("redis.replication.lag_bytes", { replica: "10.0.0.3:6380" })).toBe(800);
    expect(value("redis.replication.lag_seconds", { replica: "10.0.0.3:6380" })).toBe(3);
    expect(value("redis.replication.link_up")).toBeUndefined();
  });

  it("reads the link to the primary on a replica, with no I/O age while it is down", () => {
    const up = find(mapReplication(parseInfo(infoFixture("redis-7.0-replica-replication"))));
    expect(up("redis.replication.link_up")).toBe(1);
    expect(up("redis.replication.last_io_seconds")).toBe(1);
    expect(up("redis.replication.offset")).toBe(796);
    const down = find(mapReplication(parseInfo(infoFixture("redis-6.0"))));
    expect(down("redis.replication.link_up")).toBe(0);
    expect(down("redis.replication.last_io_seconds")).toBeUndefined();
  });

  it("counts keys per logical database and reads LATENCY LATEST", () => {
    const value = find(mapKeyspace(parseInfo(infoFixture("redis-6.2"))));
    expect(value("redis.keyspace.keys", { db: "db3" })).toBe(7);
    expect(value("redis.keyspace.expires", { db: "db0" })).toBe(10);
    const latency = mapLatencyLatest([["command", 1700000000, 250, 1100]]);
    expect(latency).toEqual([
      { name: "redis.latency.latest_ms", value: 250, labels: { event: "command" } },
      { name: "redis.latency.max_ms", value: 1100, labels: { event: "command" } },
    ]);
    expect(mapLatencyLatest([])).toEqual([]);
  });
});
