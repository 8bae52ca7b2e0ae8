import {
  fail,
  formatCount,
  formatDuration,
  formatPercent,
  needLatest,
  needSeries,
  pass,
  seriesOf,
  sumIncrease,
} from "../../../health/check-helpers.ts";
import type { HealthCheck } from "../../../health/check-types.ts";
import { NotEvaluatedError } from "../../../health/check-types.ts";
import { configSet, needConfig, needParam, REDIS_DOCS } from "./config.ts";

const CLIENTS_DOCS = "https://redis.io/docs/latest/develop/reference/clients/";

export const operationsChecks: HealthCheck[] = [
  {
    id: "redis.slowlog_threshold",
    title: "Slow log disabled or too lax",
    category: "configuration",
    severity: "low",
    reads: ["snapshot redis.config (slowlog-log-slower-than)"],
    why: "The slow log is the only record of which commands block the single-threaded server; a threshold above 100 ms misses most of them.",
    docsUrl: "https://redis.io/docs/latest/commands/slowlog/",
    evaluate(input) {
      const us = Number(needParam(needConfig(input), "slowlog-log-slower-than"));
      if (us >= 0 && us <= 100_000) return pass();
      return fail({
        summary:
          us < 0
            ? "slowlog-log-slower-than is negative: the slow log is disabled."
            : `slowlog-log-slower-than = ${formatCount(us)} µs: only commands slower than ${formatDuration(us / 1e6)} are logged.`,
        evidence: { "slowlog-log-slower-than": `${us} µs` },
        recommendation: "Log commands slower than 10 ms (10000 µs), the default.",
        command: configSet("slowlog-log-slower-than", "10000"),
      });
    },
  },
  {
    id: "redis.latency_monitor_off",
    title: "Latency monitor off",
    category: "configuration",
    severity: "info",
    reads: ["snapshot redis.config (latency-monitor-threshold)"],
    why: "Without the latency monitor, spikes from forks, expiry cycles or the disk leave no trace (LATENCY LATEST stays empty).",
    docsUrl: `${REDIS_DOCS}/optimization/latency-monitor/`,
    evaluate(input) {
      const ms = Number(needParam(needConfig(input), "latency-monitor-threshold"));
      if (ms > 0) return pass();
      return fail({
        summary: "latency-monitor-threshold = 0: latency spikes are not recorded.",
        evidence: { "latency-monitor-threshold": "0" },
        recommendation: "Record events slower than 100 ms; the cost is negligible.",
        command: configSet("latency-monitor-threshold", "100"),
      });
    },
  },
  {
    id: "redis.replication_link_down",
    title: "Replica not connected to its primary",
    category: "replication",
    severity: "critical",
    reads: [
      "metric redis.replication.link_up",
      "metric redis.replication.last_io_seconds",
      "metric redis.replication.connected_replicas",
    ],
    why: "A replica whose link is down serves stale data and cannot take over after a failure.",
    docsUrl: `${REDIS_DOCS}/replication/`,
    evaluate(input) {
      const link = seriesOf(input, "redis.replication.link_up");
      if (link.length === 0) {
        if (seriesOf(input, "redis.replication.connected_replicas").length > 0) return pass();
        throw new NotEvaluatedError(`no replication metrics in the last ${input.windowHours} h`);
      }
      if ((link[0]?.latest ?? 1) >= 1) return pass();
      const io = seriesOf(input, "redis.replication.last_io_seconds")[0]?.latest ?? null;
      return fail({
        summary: `master_link_status is down${io !== null ? `; last contact with the primary ${formatDuration(io)} ago` : ""}.`,
        evidence: {
          master_link_status: "down",
          ...(io !== null ? { master_last_io_seconds_ago: String(Math.round(io)) } : {}),
        },
        recommendation:
          "Check that the primary is reachable, masterauth/masteruser match its ACL, and the replica's log for full-sync failures (output buffer limits, disk).",
        command: "INFO replication",
      });
    },
  },
  {
    id: "redis.replica_lag",
    title: "Replicas lag behind",
    category: "replication",
    severity: "medium",
    reads: [
      "metric redis.replication.connected_replicas",
      "metric redis.replication.lag_seconds",
      "metric redis.replication.lag_bytes",
    ],
    why: "Lagging replicas serve stale reads and lose the difference at a failover.",
    docsUrl: `${REDIS_DOCS}/replication/`,
    evaluate(input) {
      const replicas = seriesOf(input, "redis.replication.connected_replicas");
      if (replicas.length === 0)
        throw new NotEvaluatedError(`no replication metrics in the last ${input.windowHours} h`);
      const lagging = seriesOf(input, "redis.replication.lag_seconds").filter(
        (s) => (s.latest ?? 0) >= 10,
      );
      if (lagging.length === 0) return pass();
      return fail({
        summary: `${lagging.length} replica(s) have not acknowledged for 10 s or more: ${lagging.map((s) => `${s.labels.replica} ${formatDuration(s.latest ?? 0)}`).join(", ")}.`,
        evidence: Object.fromEntries(
          lagging.map((s) => [
            `Replica ${s.labels.replica}`,
            `${formatDuration(s.latest ?? 0)} since last ack`,
          ]),
        ),
        recommendation:
          "Check the replica host (CPU, disk for AOF) and the network; large commands on the primary also delay replicas.",
        command: "INFO replication",
      });
    },
  },
  {
    id: "redis.client_output_buffer_unlimited",
    title: "Client output buffers without limits",
    category: "capacity",
    severity: "medium",
    reads: ["snapshot redis.config (client-output-buffer-limit)"],
    why: "A slow replica or pub/sub subscriber with no output buffer limit can make the server's memory grow until it is killed.",
    docsUrl: CLIENTS_DOCS,
    evaluate(input) {
      const value = needParam(needConfig(input), "client-output-buffer-limit");
      const parts = value.trim().split(/\s+/);
      const unlimited: string[] = [];
      for (let i = 0; i + 3 < parts.length; i += 4) {
        const [cls, hard, soft] = [parts[i], parts[i + 1], parts[i + 2]];
        if (
          (cls === "replica" || cls === "slave" || cls === "pubsub") &&
          hard === "0" &&
          soft === "0"
        )
          unlimited.push(cls);
      }
      if (unlimited.length === 0) return pass();
      return fail({
        summary: `client-output-buffer-limit has no limit for ${unlimited.join(" and ")} clients.`,
        evidence: { "client-output-buffer-limit": value },
        recommendation: "Restore limits (defaults: replica 256mb 64mb 60, pubsub 32mb 8mb 60).",
        command: configSet(
          "client-output-buffer-limit",
          '"replica 256mb 64mb 60 pubsub 32mb 8mb 60"',
        ),
      });
    },
  },
  {
    id: "redis.rejected_connections",
    title: "Connections rejected (maxclients reached)",
    category: "capacity",
    severity: "high",
    reads: ["metric redis.connections.rejected", "metric redis.clients.max"],
    why: "Rejected connections are application errors: clients could not connect because maxclients was reached.",
    docsUrl: CLIENTS_DOCS,
    evaluate(input) {
      const rejected = sumIncrease(needSeries(input, "redis.connections.rejected"));
      if (rejected === 0) return pass();
      const max = seriesOf(input, "redis.clients.max")[0]?.latest ?? null;
      return fail({
        summary: `${formatCount(rejected)} connections were rejected in the last ${input.windowHours} h${max !== null ? ` (maxclients ${formatCount(max)})` : ""}.`,
        evidence: {
          rejected_connections: formatCount(rejected),
          ...(max !== null ? { maxclients: formatCount(max) } : {}),
        },
        recommendation:
          "Find which clients open too many connections (CLIENT LIST, named clients); use pooling, or raise maxclients and the file descriptor limit.",
        command: configSet("maxclients", "<higher limit>"),
      });
    },
  },
  {
    id: "redis.clients_near_max",
    title: "Clients close to maxclients",
    category: "capacity",
    severity: "medium",
    reads: ["metric redis.clients.connected", "metric redis.clients.max"],
    why: "Past maxclients new connections are refused.",
    docsUrl: CLIENTS_DOCS,
    evaluate(input) {
      const max = needLatest(input, "redis.clients.max");
      const peak = Math.max(...needSeries(input, "redis.clients.connected").map((s) => s.max ?? 0));
      if (max <= 0 || peak / max < 0.8) return pass();
      return fail({
        summary: `Up to ${formatCount(peak)} of ${formatCount(max)} client connections in the last ${input.windowHours} h (${formatPercent(peak / max)}).`,
        evidence: { "Peak connected_clients": formatCount(peak), maxclients: formatCount(max) },
        recommendation:
          "Reduce connections per application (pooling) or raise maxclients together with the file descriptor limit.",
        command: "CLIENT LIST",
      });
    },
  },
  {
    id: "redis.keys_command_used",
    title: "KEYS command in use",
    category: "performance",
    severity: "medium",
    reads: ["metric redis.command.calls (command keys)"],
    why: "KEYS walks the whole keyspace in one blocking call; on a large dataset every other client waits.",
    docsUrl: "https://redis.io/docs/latest/commands/keys/",
    evaluate(input) {
      const calls = sumIncrease(
        needSeries(input, "redis.command.calls").filter((s) => s.labels.command === "keys"),
      );
      if (calls === 0) return pass();
      return fail({
        summary: `KEYS was called ${formatCount(calls)} times in the last ${input.windowHours} h.`,
        evidence: { "keys calls": formatCount(calls) },
        recommendation:
          "Replace KEYS with SCAN (incremental) in the application, and deny KEYS to application users.",
        command: "ACL SETUSER <app_user> -keys",
      });
    },
  },
];
