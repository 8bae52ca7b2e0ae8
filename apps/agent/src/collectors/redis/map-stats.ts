import type { MetricSample } from "@logstag/protocol";
import { type Info, numberOf, okFlag, parseFields, samples, withPrefix } from "./map-info.ts";

/** INFO commandstats (+ latencystats 7.0+, errorstats 6.2+): one series per command as printed. */
export function mapCommandStats(
  commandstats: Info,
  latencystats: Info,
  errorstats: Info,
): MetricSample[] {
  const out: MetricSample[] = [];
  for (const [command, value] of withPrefix(commandstats, "cmdstat_")) {
    const f = parseFields(value);
    const labels = { command };
    out.push(
      ...samples([
        ["redis.command.calls", numberOf(f.get("calls")), labels],
        ["redis.command.usec", numberOf(f.get("usec")), labels],
        ["redis.command.failed_calls", numberOf(f.get("failed_calls")), labels],
        ["redis.command.rejected_calls", numberOf(f.get("rejected_calls")), labels],
      ]),
    );
  }
  for (const [command, value] of withPrefix(latencystats, "latency_percentiles_usec_")) {
    const f = parseFields(value);
    const labels = { command };
    out.push(
      ...samples([
        ["redis.command.latency_p50", numberOf(f.get("p50")), labels],
        ["redis.command.latency_p99", numberOf(f.get("p99")), labels],
        ["redis.command.latency_p999", numberOf(f.get("p99.9")), labels],
      ]),
    );
  }
  for (const [error, value] of withPrefix(errorstats, "errorstat_")) {
    out.push(...samples([["redis.errors", numberOf(parseFields(value).get("count")), { error }]]));
  }
  return out;
}

/** INFO persistence, with latest_fork_usec from INFO stats. The save age uses the agent's clock. */
export function mapPersistence(persistence: Info, stats: Info, now: Date): MetricSample[] {
  const p = (field: string) => numberOf(persistence.get(field));
  const lastSave = p("rdb_last_save_time");
  const bgsaveDuration = p("rdb_last_bgsave_time_sec");
  return samples([
    ["redis.persistence.rdb_changes_since_save", p("rdb_changes_since_last_save")],
    [
      "redis.persistence.rdb_last_save_age",
      lastSave === undefined ? undefined : Math.max(0, now.getTime() / 1000 - lastSave),
    ],
    ["redis.persistence.rdb_last_bgsave_ok", okFlag(persistence.get("rdb_last_bgsave_status"))],
    ["redis.persistence.rdb_bgsave_in_progress", p("rdb_bgsave_in_progress")],
    // -1 until a BGSAVE ran.
    [
      "redis.persistence.rdb_last_bgsave_duration",
      bgsaveDuration !== undefined && bgsaveDuration >= 0 ? bgsaveDuration : undefined,
    ],
    ["redis.persistence.aof_enabled", p("aof_enabled")],
    ["redis.persistence.aof_rewrite_in_progress", p("aof_rewrite_in_progress")],
    ["redis.persistence.aof_last_write_ok", okFlag(persistence.get("aof_last_write_status"))],
    [
      "redis.persistence.aof_last_bgrewrite_ok",
      okFlag(persistence.get("aof_last_bgrewrite_status")),
    ],
    ["redis.persistence.fork_usec", numberOf(stats.get("latest_fork_usec"))],
  ]);
}

/** INFO replication: replicas and their lag on a primary, the link to the primary on a replica. */
export function mapReplication(info: Info): MetricSample[] {
  const offset = numberOf(info.get("master_repl_offset"));
  const out = samples([
    ["redis.replication.connected_replicas", numberOf(info.get("connected_slaves"))],
    ["redis.replication.offset", offset],
  ]);
  for (const [key, value] of info) {
    if (!/^slave\d+$/.test(key)) continue;
    const f = parseFields(value);
    const replica = `${f.get("ip") ?? "?"}:${f.get("port") ?? "?"}`;
    const acked = numberOf(f.get("offset"));
    out.push(
      ...samples([
        [
          "redis.replication.lag_bytes",
          offset === undefined || acked === undefined ? undefined : Math.max(0, offset - acked),
          { replica },
        ],
        ["redis.replication.lag_seconds", numberOf(f.get("lag")), { replica }],
      ]),
    );
  }
  if (info.get("role") === "slave") {
    const lastIo = numberOf(info.get("master_last_io_seconds_ago"));
    out.push(
      ...samples([
        ["redis.replication.link_up", info.get("master_link_status") === "up" ? 1 : 0],
        // -1 while the link is down: no figure rather than a fake one.
        [
          "redis.replication.last_io_seconds",
          lastIo !== undefined && lastIo >= 0 ? lastIo : undefined,
        ],
      ]),
    );
  }
  return out;
}

/** INFO keyspace: `db0:keys=1,expires=0,avg_ttl=0`. */
export function mapKeyspace(info: Info): MetricSample[] {
  return [...info]
    .filter(([key]) => /^db\d+$/.test(key))
    .flatMap(([db, value]) => {
      const f = parseFields(value);
      return samples([
        ["redis.keyspace.keys", numberOf(f.get("keys")), { db }],
        ["redis.keyspace.expires", numberOf(f.get("expires")), { db }],
      ]);
    });
}

/** LATENCY LATEST: [event, time, latest ms, max ms, …] per event. */
export function mapLatencyLatest(reply: unknown): MetricSample[] {
  if (!Array.isArray(reply)) return [];
  return reply.flatMap((entry: unknown) => {
    if (!Array.isArray(entry) || typeof entry[0] !== "string") return [];
    const event = entry[0];
    return samples([
      ["redis.latency.latest_ms", numberOf(String(entry[2])), { event }],
      ["redis.latency.max_ms", numberOf(String(entry[3])), { event }],
    ]);
  });
}
