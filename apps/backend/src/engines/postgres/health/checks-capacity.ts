import {
  fail,
  formatBytes,
  formatCount,
  formatDuration,
  formatPercent,
  listNames,
  needLatest,
  needRows,
  needSeries,
  pass,
  seriesOf,
} from "../../../health/check-helpers.ts";
import type { HealthCheck } from "../../../health/check-types.ts";
import { NotEvaluatedError } from "../../../health/check-types.ts";
import { needSetting, needSettings, PG_DOCS } from "./settings.ts";

/** A slot without a consumer that keeps more WAL than this is a finding. */
const SLOT_WAL_BYTES = 1024 ** 3;

export const capacityChecks: HealthCheck[] = [
  {
    id: "postgres.connection_headroom",
    title: "Connections close to max_connections",
    category: "capacity",
    severity: "high",
    reads: ["metric postgres.connections", "metric postgres.connections.max"],
    why: 'When every slot is taken, new connections fail with "too many clients"; only superuser_reserved_connections remain for an administrator.',
    docsUrl: `${PG_DOCS}/runtime-config-connection.html#GUC-MAX-CONNECTIONS`,
    evaluate(input) {
      const max = needLatest(input, "postgres.connections.max");
      const byState = needSeries(input, "postgres.connections");
      // The peak of the sum is at most the sum of the peaks: an upper bound is enough to be safe.
      const peak = byState.reduce((s, c) => s + (c.max ?? 0), 0);
      const now = byState.reduce((s, c) => s + (c.latest ?? 0), 0);
      const used = Math.max(peak, now) / max;
      if (used < 0.8) return pass();
      return fail({
        severity: now / max >= 0.9 ? "high" : "medium",
        summary: `Up to ${formatCount(peak)} of ${formatCount(max)} connections in use in the last ${input.windowHours} h (${formatPercent(peak / max)}); ${formatCount(now)} now.`,
        evidence: {
          max_connections: formatCount(max),
          [`Peak in ${input.windowHours} h (sum of states)`]: formatCount(peak),
          "At the last sample": byState
            .map((c) => `${c.labels.state ?? "?"} ${formatCount(c.latest ?? 0)}`)
            .join(", "),
        },
        recommendation:
          "Put a connection pooler (PgBouncer in transaction mode) in front of the applications, or shrink their pools; raise max_connections only with the memory it costs (work_mem per connection).",
        command: null,
      });
    },
  },
  {
    id: "postgres.max_connections_high",
    title: "max_connections set very high",
    category: "configuration",
    severity: "low",
    reads: ["snapshot postgres.settings (max_connections)"],
    why: "Each connection is a process with its own memory; thousands of them compete for CPU and locks and make work_mem sizing dangerous.",
    docsUrl: `${PG_DOCS}/runtime-config-connection.html#GUC-MAX-CONNECTIONS`,
    evaluate(input) {
      const max = Number(needSetting(needSettings(input), "max_connections").setting);
      if (!(max > 1000)) return pass();
      return fail({
        summary: `max_connections = ${formatCount(max)}.`,
        evidence: { max_connections: formatCount(max) },
        recommendation:
          "Use a connection pooler and lower max_connections to a few times the CPU count (needs a restart).",
        command: "ALTER SYSTEM SET max_connections = 300; -- then restart",
      });
    },
  },
  {
    id: "postgres.inactive_replication_slots",
    title: "Inactive replication slots retain WAL",
    category: "capacity",
    severity: "high",
    reads: [
      "metric postgres.replication.slot.active",
      "metric postgres.replication.slot.retained_wal",
    ],
    why: "A slot keeps every WAL segment its consumer has not confirmed; an abandoned slot fills the disk and, for logical slots, also holds back vacuum.",
    docsUrl: `${PG_DOCS}/warm-standby.html#STREAMING-REPLICATION-SLOTS`,
    evaluate(input) {
      const retained = new Map(
        seriesOf(input, "postgres.replication.slot.retained_wal").map((s) => [
          s.labels.slot ?? "?",
          s.latest ?? 0,
        ]),
      );
      const slots = seriesOf(input, "postgres.replication.slot.active");
      if (
        slots.length === 0 &&
        input.series.some((s) => s.metric === "postgres.replication.standbys")
      )
        return pass();
      if (slots.length === 0)
        throw new NotEvaluatedError(`no replication metrics in the last ${input.windowHours} h`);
      const stale = slots
        .filter(
          (s) => s.latest === 0 && (retained.get(s.labels.slot ?? "?") ?? 0) >= SLOT_WAL_BYTES,
        )
        .map((s) => ({
          slot: s.labels.slot ?? "?",
          type: s.labels.slot_type ?? "?",
          wal: retained.get(s.labels.slot ?? "?") ?? 0,
        }));
      if (stale.length === 0) return pass();
      const total = stale.reduce((s, x) => s + x.wal, 0);
      return fail({
        severity: total >= 50 * 1024 ** 3 ? "critical" : "high",
        summary: `${stale.length} replication slot(s) without a consumer keep ${formatBytes(total)} of WAL: ${listNames(stale.map((s) => s.slot))}.`,
        evidence: Object.fromEntries(
          stale.map((s) => [
            `Slot ${s.slot} (${s.type})`,
            `inactive, ${formatBytes(s.wal)} retained`,
          ]),
        ),
        recommendation:
          "Reconnect the consumer, or drop the slot if it is abandoned; set max_slot_wal_keep_size so a slot can never fill the disk.",
        command: stale
          .map((s) => `SELECT pg_drop_replication_slot('${s.slot.replaceAll("'", "''")}');`)
          .join("\n"),
      });
    },
  },
  {
    id: "postgres.replication_lag",
    title: "Standbys lag behind",
    category: "replication",
    severity: "medium",
    reads: [
      "metric postgres.replication.standbys",
      "metric postgres.replication.replay_lag",
      "metric postgres.replication.lag_bytes",
    ],
    why: "A lagging standby serves stale reads and, after a failover, loses or must catch up the missing WAL.",
    docsUrl: `${PG_DOCS}/monitoring-stats.html#MONITORING-PG-STAT-REPLICATION-VIEW`,
    blockedBy: ["pg_read_all_stats"],
    evaluate(input) {
      const standbys = seriesOf(input, "postgres.replication.standbys");
      if (standbys.length === 0)
        throw new NotEvaluatedError(
          `no replication metrics in the last ${input.windowHours} h (a standby reports its own lag)`,
        );
      const bytes = new Map(
        seriesOf(input, "postgres.replication.lag_bytes").map((s) => [
          s.labels.application_name ?? "?",
          s.latest ?? 0,
        ]),
      );
      const lagging = seriesOf(input, "postgres.replication.replay_lag")
        .map((s) => ({
          name: s.labels.application_name ?? "?",
          seconds: s.latest ?? 0,
          bytes: bytes.get(s.labels.application_name ?? "?") ?? 0,
        }))
        .filter((s) => s.seconds >= 60 || s.bytes >= SLOT_WAL_BYTES);
      if (lagging.length === 0) return pass();
      return fail({
        severity: lagging.some((s) => s.seconds >= 600) ? "high" : "medium",
        summary: `${lagging.length} standby(s) lag: ${lagging.map((s) => `${s.name} ${formatDuration(s.seconds)} / ${formatBytes(s.bytes)}`).join(", ")}.`,
        evidence: Object.fromEntries(
          lagging.map((s) => [
            `Standby ${s.name}`,
            `replay lag ${formatDuration(s.seconds)}, ${formatBytes(s.bytes)} behind`,
          ]),
        ),
        recommendation:
          "Check the standby's disk and CPU (replay is single-threaded), the network, and long queries on the standby that delay replay (max_standby_streaming_delay).",
        command:
          "SELECT application_name, state, write_lag, flush_lag, replay_lag FROM pg_stat_replication;",
      });
    },
  },
  {
    id: "postgres.standby_disconnected",
    title: "Standby not receiving WAL",
    category: "replication",
    severity: "critical",
    reads: [
      "metric postgres.standby.receiver_connected",
      "metric postgres.standby.replay_lag",
      "metric postgres.replication.standbys",
    ],
    why: "A standby whose WAL receiver is down falls further behind every second and is no longer a failover candidate.",
    docsUrl: `${PG_DOCS}/monitoring-stats.html#MONITORING-PG-STAT-WAL-RECEIVER-VIEW`,
    evaluate(input) {
      const receiver = seriesOf(input, "postgres.standby.receiver_connected");
      if (receiver.length === 0) {
        if (
          input.target.role === "primary" ||
          seriesOf(input, "postgres.replication.standbys").length > 0
        )
          return pass();
        throw new NotEvaluatedError(`no standby metrics in the last ${input.windowHours} h`);
      }
      if ((receiver[0]?.latest ?? 1) > 0) return pass();
      const lag = seriesOf(input, "postgres.standby.replay_lag")[0]?.latest ?? null;
      return fail({
        summary: `The WAL receiver is not connected to the primary${lag !== null ? `; last replayed transaction ${formatDuration(lag)} ago` : ""}.`,
        evidence: {
          "WAL receiver": "not streaming",
          ...(lag !== null ? { "Replay lag": formatDuration(lag) } : {}),
        },
        recommendation:
          "Check primary_conninfo, the network path and the primary's log (authentication, missing WAL when no slot is used).",
        command: "SELECT status, sender_host, last_msg_receipt_time FROM pg_stat_wal_receiver;",
      });
    },
  },
  {
    id: "postgres.pending_restart",
    title: "Settings changed but waiting for a restart",
    category: "configuration",
    severity: "medium",
    reads: ["snapshot postgres.settings (pending_restart)"],
    why: "The configuration file says one thing and the running server another: the next restart (maybe an unplanned one) changes behaviour unexpectedly.",
    docsUrl: `${PG_DOCS}/view-pg-settings.html`,
    evaluate(input) {
      const pending = needRows(input, "postgres.settings").filter((s) => s.pendingRestart);
      if (pending.length === 0) return pass();
      return fail({
        summary: `${pending.length} setting(s) changed in the configuration wait for a restart: ${listNames(pending.map((s) => s.name))}.`,
        evidence: Object.fromEntries(
          pending.map((s) => [
            s.name,
            `running with ${s.setting ?? "?"}${s.unit ? ` ${s.unit}` : ""}`,
          ]),
        ),
        recommendation:
          "Restart PostgreSQL in a maintenance window to apply them, or revert the change in the configuration.",
        command: "SELECT name, setting, pending_restart FROM pg_settings WHERE pending_restart;",
      });
    },
  },
];
