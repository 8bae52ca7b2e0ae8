import { describe, expect, it } from "vitest";
import type { SeriesSummary } from "../../../health/check-types.ts";
import { counter, gauge, input, outcome, snapshot } from "../../../health/input-fixture.ts";
import { REDIS_HEALTH_CHECKS as CHECKS } from "./index.ts";

const GB = 1024 ** 3;
const security = (o: object = {}) => ({
  protectedMode: true,
  defaultUserNoPassword: false,
  defaultUserEnabled: true,
  aclUsers: 1,
  dangerousCommands: [],
  aclLogDenials: 0,
  ...o,
});
interface Data {
  config?: Record<string, string>;
  security?: object;
  series?: SeriesSummary[];
}
const redis = (d: Data) =>
  input({
    target: { name: "cache", engine: "redis", version: "Redis 7.0.15", role: "primary" },
    snapshots: {
      ...(d.config
        ? {
            "redis.config": snapshot(
              Object.entries(d.config).map(([name, value]) => ({ name, value })),
            ),
          }
        : {}),
      ...(d.security ? { "redis.security": snapshot([d.security]) } : {}),
    },
    series: d.series ?? [],
  });

const CASES: [string, Data, RegExp, Data][] = [
  [
    "redis.no_maxmemory",
    { config: { maxmemory: "0" }, series: [gauge("redis.memory.used", 2 * GB)] },
    /maxmemory = 0.*2\.0 GB/,
    { config: { maxmemory: String(4 * GB) } },
  ],
  [
    "redis.noeviction_near_limit",
    {
      config: { maxmemory: String(GB), "maxmemory-policy": "noeviction" },
      series: [gauge("redis.memory.used", 0.95 * GB)],
    },
    /noeviction.*95\.0 %/,
    {
      config: { maxmemory: String(GB), "maxmemory-policy": "allkeys-lru" },
      series: [gauge("redis.memory.used", 0.95 * GB)],
    },
  ],
  [
    "redis.memory_near_limit",
    { series: [gauge("redis.memory.maxmemory", GB), gauge("redis.memory.used", 0.9 * GB)] },
    /90\.0 % of maxmemory/,
    { series: [gauge("redis.memory.maxmemory", GB), gauge("redis.memory.used", 0.2 * GB)] },
  ],
  [
    "redis.evictions",
    { series: [counter("redis.keys.evicted", 5000)] },
    /5,000 keys were evicted/,
    { series: [counter("redis.keys.evicted", 0)] },
  ],
  [
    "redis.fragmentation",
    {
      series: [
        gauge("redis.memory.fragmentation_ratio", 2.4),
        gauge("redis.memory.rss", 2.4 * GB),
        gauge("redis.memory.used", GB),
      ],
    },
    /2\.40/,
    {
      series: [
        gauge("redis.memory.fragmentation_ratio", 1.1),
        gauge("redis.memory.rss", 1.1 * GB),
        gauge("redis.memory.used", GB),
      ],
    },
  ],
  [
    "redis.swapping",
    { series: [gauge("redis.memory.fragmentation_ratio", 0.6), gauge("redis.memory.used", GB)] },
    /0\.60/,
    { series: [gauge("redis.memory.fragmentation_ratio", 1.05), gauge("redis.memory.used", GB)] },
  ],
  [
    "redis.persistence_disabled",
    { config: { save: "", appendonly: "no" } },
    /save is empty and appendonly = no/,
    { config: { save: "3600 1 300 100", appendonly: "no" } },
  ],
  [
    "redis.last_save_failed",
    {
      config: { "stop-writes-on-bgsave-error": "yes" },
      series: [gauge("redis.persistence.rdb_last_bgsave_ok", 0)],
    },
    /writes are refused/,
    { series: [gauge("redis.persistence.rdb_last_bgsave_ok", 1)] },
  ],
  [
    "redis.aof_write_failed",
    {
      series: [
        gauge("redis.persistence.aof_enabled", 1),
        gauge("redis.persistence.aof_last_write_ok", 0),
      ],
    },
    /append-only file failed/,
    {
      series: [
        gauge("redis.persistence.aof_enabled", 1),
        gauge("redis.persistence.aof_last_write_ok", 1),
      ],
    },
  ],
  [
    "redis.aof_fsync_policy",
    { config: { appendonly: "yes", appendfsync: "no" } },
    /appendfsync = no/,
    { config: { appendonly: "yes", appendfsync: "everysec" } },
  ],
  [
    "redis.rdb_save_stale",
    {
      config: { save: "3600 1", appendonly: "no" },
      series: [
        gauge("redis.persistence.rdb_last_save_age", 3 * 86_400),
        gauge("redis.persistence.rdb_changes_since_save", 420),
      ],
    },
    /3\.0 days ago and 420 changes/,
    {
      config: { save: "3600 1", appendonly: "no" },
      series: [
        gauge("redis.persistence.rdb_last_save_age", 600),
        gauge("redis.persistence.rdb_changes_since_save", 5),
      ],
    },
  ],
  [
    "redis.default_user_nopass",
    { security: security({ defaultUserNoPassword: true }) },
    /nopass/,
    { security: security() },
  ],
  [
    "redis.protected_mode_off",
    { security: security({ protectedMode: false }) },
    /protected-mode is off/,
    { security: security() },
  ],
  [
    "redis.dangerous_commands",
    { security: security({ dangerousCommands: ["flushall", "config", "debug"] }) },
    /flushall, config, debug/,
    { security: security() },
  ],
  [
    "redis.slowlog_threshold",
    { config: { "slowlog-log-slower-than": "-1" } },
    /disabled/,
    { config: { "slowlog-log-slower-than": "10000" } },
  ],
  [
    "redis.latency_monitor_off",
    { config: { "latency-monitor-threshold": "0" } },
    /latency-monitor-threshold = 0/,
    { config: { "latency-monitor-threshold": "100" } },
  ],
  [
    "redis.replication_link_down",
    {
      series: [
        gauge("redis.replication.link_up", 0),
        gauge("redis.replication.last_io_seconds", 120),
      ],
    },
    /down.*2 min/,
    { series: [gauge("redis.replication.link_up", 1)] },
  ],
  [
    "redis.replica_lag",
    {
      series: [
        gauge("redis.replication.connected_replicas", 1),
        gauge("redis.replication.lag_seconds", 45, { labels: { replica: "10.0.0.3:6379" } }),
      ],
    },
    /10\.0\.0\.3:6379 45 s/,
    {
      series: [
        gauge("redis.replication.connected_replicas", 1),
        gauge("redis.replication.lag_seconds", 1, { labels: { replica: "r" } }),
      ],
    },
  ],
  [
    "redis.client_output_buffer_unlimited",
    {
      config: {
        "client-output-buffer-limit": "normal 0 0 0 slave 0 0 0 pubsub 33554432 8388608 60",
      },
    },
    /no limit for slave/,
    {
      config: {
        "client-output-buffer-limit":
          "normal 0 0 0 slave 268435456 67108864 60 pubsub 33554432 8388608 60",
      },
    },
  ],
  [
    "redis.rejected_connections",
    { series: [counter("redis.connections.rejected", 17), gauge("redis.clients.max", 100)] },
    /17 connections were rejected.*maxclients 100/,
    { series: [counter("redis.connections.rejected", 0)] },
  ],
  [
    "redis.clients_near_max",
    { series: [gauge("redis.clients.max", 100), gauge("redis.clients.connected", 95)] },
    /95 of 100/,
    { series: [gauge("redis.clients.max", 10_000), gauge("redis.clients.connected", 95)] },
  ],
  [
    "redis.keys_command_used",
    { series: [counter("redis.command.calls", 40, { labels: { command: "keys" } })] },
    /KEYS was called 40 times/,
    { series: [counter("redis.command.calls", 40, { labels: { command: "get" } })] },
  ],
];

describe("Redis and Valkey checks", () => {
  it.each(CASES)("%s fires and quotes the evidence", (id, bad, quote) => {
    const result = outcome(CHECKS, id, redis(bad));
    expect(result).toMatchObject({ status: "fail", summary: expect.stringMatching(quote) });
    if (result.status === "fail") expect(result.recommendation.length).toBeGreaterThan(20);
  });
  it.each(CASES)("%s passes on a healthy server", (id, _bad, _quote, good) => {
    expect(outcome(CHECKS, id, redis(good)).status).toBe("pass");
  });
  it.each(CASES)("%s is not evaluated without data", (id) => {
    expect(outcome(CHECKS, id, redis({})).status).toBe("not_evaluated");
  });
  it("makes protected-mode off critical when no password is needed", () => {
    const open = redis({
      security: security({ protectedMode: false, defaultUserNoPassword: true }),
    });
    expect(outcome(CHECKS, "redis.protected_mode_off", open)).toMatchObject({
      severity: "critical",
    });
  });
});
