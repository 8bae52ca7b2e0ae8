import { defineMetrics, type MetricEntry } from "../../metric-definition.ts";

const COMMAND = ["command"] as const;
const REPLICA = ["replica"] as const;
const DB = ["db"] as const;
const EVENT = ["event"] as const;

/** INFO server, clients, memory, stats and cpu (collector `server`). */
const SERVER_METRICS: MetricEntry[] = [
  ["uptime", "seconds", "gauge", [], "Seconds since the server started."],
  ["clients.connected", "count", "gauge", [], "Client connections (replicas excluded)."],
  ["clients.blocked", "count", "gauge", [], "Clients waiting in a blocking command (BLPOP, …)."],
  ["clients.tracking", "count", "gauge", [], "Clients with client-side caching tracking on."],
  ["clients.max", "count", "gauge", [], "The maxclients setting."],
  ["connections.received", "count", "counter", [], "Connections accepted."],
  ["connections.rejected", "count", "counter", [], "Connections refused because of maxclients."],
  ["memory.used", "bytes", "gauge", [], "Memory allocated by the server (used_memory)."],
  ["memory.rss", "bytes", "gauge", [], "Resident set size seen by the operating system."],
  ["memory.peak", "bytes", "gauge", [], "Highest used_memory since start."],
  ["memory.maxmemory", "bytes", "gauge", [], "The maxmemory setting; 0 means no limit."],
  [
    "memory.fragmentation_ratio",
    "ratio",
    "gauge",
    [],
    "RSS divided by used memory; far above 1 means fragmentation, below 1 means swapping.",
  ],
  ["commands.processed", "count", "counter", [], "Commands processed."],
  ["keyspace.hits", "count", "counter", [], "Successful key lookups."],
  ["keyspace.misses", "count", "counter", [], "Lookups of keys that do not exist."],
  ["keys.expired", "count", "counter", [], "Keys removed because their TTL ran out."],
  ["keys.evicted", "count", "counter", [], "Keys evicted because of maxmemory."],
  ["net.input_bytes", "bytes", "counter", [], "Bytes read from the network."],
  ["net.output_bytes", "bytes", "counter", [], "Bytes written to the network."],
  ["cpu.sys", "seconds", "counter", [], "System CPU time of the server process."],
  ["cpu.user", "seconds", "counter", [], "User CPU time of the server process."],
  [
    "acl.denied",
    "count",
    "counter",
    ["reason"],
    "Commands or logins refused by ACL rules (Redis 7.2+, Valkey), by reason: auth, cmd, key, channel.",
  ],
];

/** INFO commandstats, latencystats (7.0+) and errorstats (6.2+) (collector `commands`). */
const COMMAND_METRICS: MetricEntry[] = [
  ["command.calls", "count", "counter", COMMAND, "Calls of the command (`config|get` form)."],
  ["command.usec", "microseconds", "counter", COMMAND, "CPU time spent in the command."],
  ["command.failed_calls", "count", "counter", COMMAND, "Calls that returned an error (6.2+)."],
  [
    "command.rejected_calls",
    "count",
    "counter",
    COMMAND,
    "Calls refused before running (wrong arity, ACL, OOM, …) (6.2+).",
  ],
  ["command.latency_p50", "microseconds", "gauge", COMMAND, "Median latency since the last reset."],
  ["command.latency_p99", "microseconds", "gauge", COMMAND, "99th percentile latency."],
  ["command.latency_p999", "microseconds", "gauge", COMMAND, "99.9th percentile latency."],
  ["errors", "count", "counter", ["error"], "Error replies by error prefix (ERR, WRONGTYPE, …)."],
];

/** INFO persistence (collector `persistence`). */
const PERSISTENCE_METRICS: MetricEntry[] = [
  ["persistence.rdb_changes_since_save", "count", "gauge", [], "Writes since the last RDB save."],
  ["persistence.rdb_last_save_age", "seconds", "gauge", [], "Time since the last RDB save."],
  ["persistence.rdb_last_bgsave_ok", "count", "gauge", [], "1 when the last BGSAVE succeeded."],
  ["persistence.rdb_bgsave_in_progress", "count", "gauge", [], "1 while an RDB save runs."],
  ["persistence.rdb_last_bgsave_duration", "seconds", "gauge", [], "Duration of the last BGSAVE."],
  ["persistence.aof_enabled", "count", "gauge", [], "1 when the append-only file is on."],
  ["persistence.aof_rewrite_in_progress", "count", "gauge", [], "1 while an AOF rewrite runs."],
  ["persistence.aof_last_write_ok", "count", "gauge", [], "1 when the last AOF write succeeded."],
  [
    "persistence.aof_last_bgrewrite_ok",
    "count",
    "gauge",
    [],
    "1 when the last AOF rewrite succeeded.",
  ],
  ["persistence.fork_usec", "microseconds", "gauge", [], "Duration of the latest fork."],
];

/** INFO replication (collector `replication`). */
const REPLICATION_METRICS: MetricEntry[] = [
  ["replication.connected_replicas", "count", "gauge", [], "Replicas attached to this server."],
  [
    "replication.offset",
    "bytes",
    "counter",
    [],
    "Replication stream position (master_repl_offset).",
  ],
  [
    "replication.lag_bytes",
    "bytes",
    "gauge",
    REPLICA,
    "On a primary: replication stream the replica (ip:port) has not acknowledged yet.",
  ],
  [
    "replication.lag_seconds",
    "seconds",
    "gauge",
    REPLICA,
    "On a primary: seconds since the replica last acknowledged.",
  ],
  [
    "replication.link_up",
    "count",
    "gauge",
    [],
    "On a replica: 1 while the link to the primary is up.",
  ],
  [
    "replication.last_io_seconds",
    "seconds",
    "gauge",
    [],
    "On a replica: seconds since the last interaction with the primary.",
  ],
];

export const REDIS_METRICS = [
  ...defineMetrics("redis", "high", SERVER_METRICS),
  ...defineMetrics("redis", "medium", [
    ...COMMAND_METRICS,
    ...PERSISTENCE_METRICS,
    ...REPLICATION_METRICS,
    ["keyspace.keys", "count", "gauge", DB, "Keys in the logical database (db0, db1, …)."],
    ["keyspace.expires", "count", "gauge", DB, "Keys with a TTL in the logical database."],
    ["slowlog.new", "count", "gauge", [], "Slow log entries added since the last collection."],
    ["slowlog.length", "count", "gauge", [], "Entries in the slow log (SLOWLOG LEN)."],
    [
      "latency.latest_ms",
      "milliseconds",
      "gauge",
      EVENT,
      "Latest latency spike of the event (LATENCY LATEST; needs latency-monitor-threshold).",
    ],
    ["latency.max_ms", "milliseconds", "gauge", EVENT, "Largest latency spike of the event."],
  ]),
  ...defineMetrics("redis", "low", [
    [
      "security.default_user_nopass",
      "count",
      "gauge",
      [],
      "1 when the default user is enabled and accepts any password.",
    ],
    ["security.protected_mode_off", "count", "gauge", [], "1 when protected-mode is off."],
    [
      "security.dangerous_commands",
      "count",
      "gauge",
      [],
      "Dangerous commands (FLUSHALL, KEYS, CONFIG, DEBUG, …) the server still offers.",
    ],
    ["acl.users", "count", "gauge", [], "ACL users defined (6.0+)."],
  ]),
];
