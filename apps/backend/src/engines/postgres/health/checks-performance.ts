import {
  fail,
  formatBytes,
  formatCount,
  formatDuration,
  formatPercent,
  needRows,
  needSeries,
  pass,
  sumIncrease,
} from "../../../health/check-helpers.ts";
import type { HealthCheck, HealthInput } from "../../../health/check-types.ts";
import { NotEvaluatedError } from "../../../health/check-types.ts";
import { needSetting, needSettings, PG_DOCS, settingBytes, shown } from "./settings.ts";

/** Counter increase per database label, biggest first. */
function perDatabase(input: HealthInput, metric: string) {
  return needSeries(input, metric)
    .map((s) => ({ database: s.labels.database ?? "?", value: s.increase ?? 0 }))
    .sort((a, b) => b.value - a.value);
}

export const performanceChecks: HealthCheck[] = [
  {
    id: "postgres.checkpoints_requested",
    title: "Checkpoints forced by WAL volume",
    category: "performance",
    severity: "medium",
    reads: [
      "metric postgres.checkpointer.timed",
      "metric postgres.checkpointer.requested",
      "snapshot postgres.settings (max_wal_size)",
    ],
    why: "Checkpoints requested because max_wal_size filled up come too often: each one writes every dirty buffer and multiplies full-page images in WAL.",
    docsUrl: `${PG_DOCS}/wal-configuration.html`,
    evaluate(input) {
      const timed = sumIncrease(needSeries(input, "postgres.checkpointer.timed"));
      const requested = sumIncrease(needSeries(input, "postgres.checkpointer.requested"));
      const total = timed + requested;
      if (total < 4 || requested / total <= 0.2) return pass();
      const maxWal = input.snapshots["postgres.settings"]
        ? needSettings(input).get("max_wal_size")
        : undefined;
      return fail({
        summary: `${formatCount(requested)} of ${formatCount(total)} checkpoints in the last ${input.windowHours} h were requested (${formatPercent(requested / total)}), not started by checkpoint_timeout.`,
        evidence: {
          "Timed checkpoints": formatCount(timed),
          "Requested checkpoints": formatCount(requested),
          ...(maxWal ? { Setting: shown(maxWal) } : {}),
        },
        recommendation:
          "Raise max_wal_size so that checkpoints are started by checkpoint_timeout (keep enough disk for the WAL it allows); requested checkpoints also come from manual CHECKPOINT and base backups.",
        command: "ALTER SYSTEM SET max_wal_size = '8GB'; SELECT pg_reload_conf();",
      });
    },
  },
  {
    id: "postgres.temp_files",
    title: "Queries spill to temporary files",
    category: "performance",
    severity: "low",
    reads: [
      "metric postgres.database.temp_bytes",
      "metric postgres.database.temp_files",
      "snapshot postgres.settings (work_mem)",
    ],
    why: "Sorts and hashes that do not fit in work_mem write temporary files, which is much slower than memory and adds I/O.",
    docsUrl: `${PG_DOCS}/runtime-config-resource.html#GUC-WORK-MEM`,
    evaluate(input) {
      const bytes = perDatabase(input, "postgres.database.temp_bytes");
      const total = bytes.reduce((s, d) => s + d.value, 0);
      if (total < 1024 ** 3) return pass();
      const files = sumIncrease(needSeries(input, "postgres.database.temp_files"));
      const workMem = input.snapshots["postgres.settings"]
        ? needSettings(input).get("work_mem")
        : undefined;
      return fail({
        severity: total >= 100 * 1024 ** 3 ? "medium" : "low",
        summary: `Queries wrote ${formatBytes(total)} to ${formatCount(files)} temporary files in the last ${input.windowHours} h, most in ${bytes[0]?.database}.`,
        evidence: {
          ...Object.fromEntries(
            bytes
              .filter((d) => d.value > 0)
              .slice(0, 5)
              .map((d) => [`Database ${d.database}`, formatBytes(d.value)]),
          ),
          ...(workMem ? { Setting: shown(workMem) } : {}),
        },
        recommendation:
          "Find the statements that spill (log_temp_files = 0, or temp_blks_written in pg_stat_statements) and raise work_mem for them (per role or per session) rather than server-wide; an index can also remove the sort.",
        command:
          "ALTER SYSTEM SET log_temp_files = 0; SELECT pg_reload_conf();\n-- then, for the role that runs the reports: ALTER ROLE <role> SET work_mem = '64MB';",
      });
    },
  },
  {
    id: "postgres.pg_stat_statements_missing",
    title: "pg_stat_statements is not available",
    category: "performance",
    severity: "low",
    reads: [
      "snapshot postgres.settings (shared_preload_libraries)",
      "snapshot postgres.extensions",
    ],
    why: "Without pg_stat_statements there are no per-query statistics: the slowest and most frequent statements cannot be found.",
    docsUrl: `${PG_DOCS}/pgstatstatements.html`,
    blockedBy: ["pg_read_all_settings"],
    evaluate(input) {
      const preload = needSetting(needSettings(input), "shared_preload_libraries").setting ?? "";
      const loaded = preload
        .split(",")
        .map((l) => l.trim().replace(/^"|"$/g, ""))
        .includes("pg_stat_statements");
      const installed = needRows(input, "postgres.extensions").some(
        (e) => e.name === "pg_stat_statements",
      );
      if (loaded && installed) return pass();
      const list = [
        ...preload
          .split(",")
          .map((l) => l.trim())
          .filter(Boolean),
        "pg_stat_statements",
      ].join(",");
      return fail({
        summary: loaded
          ? "pg_stat_statements is preloaded but the extension is not created in the monitored database."
          : `pg_stat_statements is not in shared_preload_libraries ('${preload}').`,
        evidence: {
          shared_preload_libraries: `'${preload}'`,
          "Extension created": installed ? "yes" : "no",
        },
        recommendation: loaded
          ? "Create the extension in the database the agent connects to."
          : "Add pg_stat_statements to shared_preload_libraries, restart PostgreSQL, then create the extension.",
        command: loaded
          ? "CREATE EXTENSION pg_stat_statements;"
          : `ALTER SYSTEM SET shared_preload_libraries = '${list}';\n-- restart PostgreSQL, then:\nCREATE EXTENSION pg_stat_statements;`,
      });
    },
  },
  {
    id: "postgres.cache_hit_ratio",
    title: "Low buffer cache hit ratio",
    category: "performance",
    severity: "low",
    reads: [
      "metric postgres.database.blks_hit",
      "metric postgres.database.blks_read",
      "snapshot postgres.settings (shared_buffers)",
    ],
    why: "Reads that miss shared_buffers go to the operating system cache or disk; a low ratio on a busy database usually means the working set does not fit in memory.",
    docsUrl: `${PG_DOCS}/runtime-config-resource.html#GUC-SHARED-BUFFERS`,
    evaluate(input) {
      const hits = perDatabase(input, "postgres.database.blks_hit");
      const reads = new Map(
        perDatabase(input, "postgres.database.blks_read").map((d) => [d.database, d.value]),
      );
      // Ratios of databases that read little say nothing about the cache.
      const low = hits
        .map((h) => ({ database: h.database, hit: h.value, read: reads.get(h.database) ?? 0 }))
        .filter((d) => d.hit + d.read >= 100_000 && d.hit / (d.hit + d.read) < 0.9);
      if (low.length === 0) return pass();
      const sb = input.snapshots["postgres.settings"]
        ? needSettings(input).get("shared_buffers")
        : undefined;
      return fail({
        summary: `Buffer cache hit ratio below 90 % in ${low.map((d) => `${d.database} (${formatPercent(d.hit / (d.hit + d.read))})`).join(", ")} over the last ${input.windowHours} h.`,
        evidence: {
          ...Object.fromEntries(
            low.map((d) => [
              `Database ${d.database}`,
              `${formatCount(d.hit)} hits, ${formatCount(d.read)} reads`,
            ]),
          ),
          ...(sb ? { Setting: shown(sb) } : {}),
        },
        recommendation:
          "Check the statements with the most shared_blks_read (pg_stat_statements) for missing indexes first; then consider more memory and a larger shared_buffers (about 25 % of RAM is the usual start).",
        command: null,
      });
    },
  },
  {
    id: "postgres.deadlocks",
    title: "Deadlocks occurred",
    category: "performance",
    severity: "medium",
    reads: ["metric postgres.database.deadlocks"],
    why: "Each deadlock aborts a transaction after deadlock_timeout; recurring ones point to transactions that lock rows in different orders.",
    docsUrl: `${PG_DOCS}/explicit-locking.html#LOCKING-DEADLOCKS`,
    evaluate(input) {
      const dbs = perDatabase(input, "postgres.database.deadlocks").filter((d) => d.value > 0);
      if (dbs.length === 0) return pass();
      const total = dbs.reduce((s, d) => s + d.value, 0);
      return fail({
        severity: total >= 10 ? "medium" : "low",
        summary: `${formatCount(total)} deadlock(s) in the last ${input.windowHours} h: ${dbs.map((d) => `${d.database} ${formatCount(d.value)}`).join(", ")}.`,
        evidence: Object.fromEntries(
          dbs.map((d) => [`Database ${d.database}`, formatCount(d.value)]),
        ),
        recommendation:
          "Read the deadlock reports in the server log (they name both statements) and make the transactions take their locks in the same order; keep transactions short.",
        command: "ALTER SYSTEM SET log_lock_waits = on; SELECT pg_reload_conf();",
      });
    },
  },
  {
    id: "postgres.long_running_queries",
    title: "Long-running statements",
    category: "performance",
    severity: "low",
    reads: [
      "metric postgres.activity.longest_query",
      "snapshot postgres.settings (statement_timeout)",
    ],
    why: "Statements running for hours hold locks and snapshots (which stops vacuum) and often are runaway queries.",
    docsUrl: `${PG_DOCS}/runtime-config-client.html#GUC-STATEMENT-TIMEOUT`,
    blockedBy: ["pg_read_all_stats"],
    evaluate(input) {
      const longest = Math.max(
        0,
        ...needSeries(input, "postgres.activity.longest_query").map((s) => s.max ?? 0),
      );
      if (longest < 3600) return pass();
      return fail({
        severity: longest >= 6 * 3600 ? "medium" : "low",
        summary: `A statement ran for ${formatDuration(longest)} in the last ${input.windowHours} h.`,
        evidence: { "Longest statement": formatDuration(longest) },
        recommendation:
          "Find it in the Activity Explorer or pg_stat_statements; set statement_timeout for application roles so that a runaway query is cancelled.",
        command: "ALTER ROLE <application_role> SET statement_timeout = '15min';",
      });
    },
  },
  {
    id: "postgres.shared_buffers_default",
    title: "shared_buffers left at its default",
    category: "configuration",
    severity: "medium",
    reads: ["snapshot postgres.settings (shared_buffers)"],
    why: "The default 128 MB suits a laptop; a production server caches far less than it could and reads more from the operating system.",
    docsUrl: `${PG_DOCS}/runtime-config-resource.html#GUC-SHARED-BUFFERS`,
    evaluate(input) {
      const row = needSetting(needSettings(input), "shared_buffers");
      const bytes = settingBytes(row);
      if (bytes === null)
        throw new NotEvaluatedError(`shared_buffers has an unknown unit (${row.unit})`);
      if (bytes > 128 * 1024 ** 2) return pass();
      return fail({
        summary: `shared_buffers is ${formatBytes(bytes)}, PostgreSQL's default.`,
        evidence: { Setting: shown(row) },
        recommendation:
          "Size shared_buffers to the server: about 25 % of RAM on a dedicated server is the usual start (it needs a restart).",
        command: "ALTER SYSTEM SET shared_buffers = '4GB'; -- about 25 % of RAM, then restart",
      });
    },
  },
  {
    id: "postgres.track_io_timing_off",
    title: "I/O timing is not tracked",
    category: "configuration",
    severity: "info",
    reads: ["snapshot postgres.settings (track_io_timing)"],
    why: "Without track_io_timing, query statistics and EXPLAIN cannot tell time spent reading from disk from time spent on CPU.",
    docsUrl: `${PG_DOCS}/runtime-config-statistics.html#GUC-TRACK-IO-TIMING`,
    evaluate(input) {
      const row = needSetting(needSettings(input), "track_io_timing");
      if (row.setting !== "off") return pass();
      return fail({
        summary: "track_io_timing = off: read and write times are not measured.",
        evidence: { Setting: shown(row) },
        recommendation:
          "Turn it on after checking the clock overhead with pg_test_timing (small on modern Linux).",
        command: "ALTER SYSTEM SET track_io_timing = on; SELECT pg_reload_conf();",
      });
    },
  },
];
