import {
  fail,
  formatDuration,
  listNames,
  needRows,
  needSeries,
  pass,
  seriesOf,
} from "../../../health/check-helpers.ts";
import type { HealthCheck } from "../../../health/check-types.ts";
import { isOff, needSetting, needSettings, PG_DOCS, settingText, shown } from "./settings.ts";

/** Sessions idle in a transaction longer than this hold back vacuum and keep their locks. */
const IDLE_IN_TRANSACTION_SECONDS = 300;

export const maintenanceChecks: HealthCheck[] = [
  {
    id: "postgres.autovacuum_off",
    title: "Autovacuum is off for the server",
    category: "maintenance",
    severity: "high",
    reads: ["snapshot postgres.settings (autovacuum, track_counts)"],
    why: "Without autovacuum dead rows pile up (bloat, slower scans), statistics go stale (bad plans) and transaction IDs are not frozen until an emergency vacuum.",
    docsUrl: `${PG_DOCS}/routine-vacuuming.html#AUTOVACUUM`,
    evaluate(input) {
      const settings = needSettings(input);
      const off = ["autovacuum", "track_counts"].filter((name) => isOff(settings, name));
      if (off.length === 0) return pass();
      return fail({
        summary: `${off.map((n) => `${n} = off`).join(" and ")}: autovacuum does not run on any table.`,
        evidence: Object.fromEntries(off.map((n) => [n, shown(needSetting(settings, n))])),
        recommendation:
          "Turn autovacuum (and track_counts, which it needs) back on; tune it per table with storage parameters instead of switching it off.",
        command: `${off.map((n) => `ALTER SYSTEM SET ${n} = on;`).join(" ")} SELECT pg_reload_conf();`,
      });
    },
  },
  {
    id: "postgres.idle_in_transaction",
    title: "Sessions idle inside a transaction",
    category: "maintenance",
    severity: "medium",
    reads: ["snapshot postgres.activity", "metric postgres.activity.longest_idle_in_transaction"],
    why: "An open transaction keeps its locks and stops vacuum from removing rows deleted after it began; left for hours it causes bloat and blocked DDL.",
    docsUrl: `${PG_DOCS}/runtime-config-client.html#GUC-IDLE-IN-TRANSACTION-SESSION-TIMEOUT`,
    blockedBy: ["pg_read_all_stats"],
    evaluate(input) {
      const sessions = needRows(input, "postgres.activity");
      const takenAt = Date.parse(input.snapshots["postgres.activity"]?.collectedAt ?? "");
      const idle = sessions
        .filter((s) => s.state?.startsWith("idle in transaction") && s.stateChange)
        .map((s) => ({ ...s, idleSeconds: (takenAt - Date.parse(s.stateChange ?? "")) / 1000 }))
        .filter((s) => s.idleSeconds >= IDLE_IN_TRANSACTION_SECONDS)
        .sort((a, b) => b.idleSeconds - a.idleSeconds);
      const longest = Math.max(
        0,
        ...seriesOf(input, "postgres.activity.longest_idle_in_transaction").map((s) => s.max ?? 0),
      );
      const worst = idle[0];
      if (!worst && longest < IDLE_IN_TRANSACTION_SECONDS) return pass();
      const describe = (s: (typeof idle)[number]) =>
        `pid ${s.pid} (${s.user ?? "?"}@${s.database ?? "?"}${s.application ? `, ${s.application}` : ""}) idle for ${formatDuration(s.idleSeconds)}`;
      return fail({
        severity: Math.max(longest, worst?.idleSeconds ?? 0) >= 3600 ? "high" : "medium",
        summary: worst
          ? `${idle.length} session(s) sat idle inside a transaction at the last sample; the longest: ${describe(worst)}.`
          : `A session stayed idle inside a transaction for up to ${formatDuration(longest)} in the last ${input.windowHours} h.`,
        evidence: {
          ...(worst ? { Sessions: idle.slice(0, 10).map(describe).join("; ") } : {}),
          [`Longest in ${input.windowHours} h`]: formatDuration(longest),
          ...(worst?.query ? { "Last statement": worst.query.slice(0, 300) } : {}),
        },
        recommendation:
          "Fix the application path that leaves transactions open (commit or roll back before waiting on anything else), and set idle_in_transaction_session_timeout as a safety net. End a stuck session with pg_terminate_backend.",
        command: `ALTER SYSTEM SET idle_in_transaction_session_timeout = '10min'; SELECT pg_reload_conf();${worst ? `\nSELECT pg_terminate_backend(${worst.pid});` : ""}`,
      });
    },
  },
  {
    id: "postgres.idle_in_transaction_timeout_unset",
    title: "No timeout for sessions idle in a transaction",
    category: "configuration",
    severity: "low",
    reads: ["snapshot postgres.settings (idle_in_transaction_session_timeout)"],
    why: "Without a timeout, one forgotten transaction (a crashed client, a debugging session) can hold locks and stop vacuum indefinitely.",
    docsUrl: `${PG_DOCS}/runtime-config-client.html#GUC-IDLE-IN-TRANSACTION-SESSION-TIMEOUT`,
    evaluate(input) {
      const settings = needSettings(input);
      if (settingText(settings, "idle_in_transaction_session_timeout") !== "0") return pass();
      return fail({
        summary:
          "idle_in_transaction_session_timeout = 0: sessions may stay idle inside a transaction forever.",
        evidence: { Setting: shown(needSetting(settings, "idle_in_transaction_session_timeout")) },
        recommendation:
          "Set a server-wide timeout that is longer than any legitimate pause of your applications (minutes, not hours); roles that need more can override it.",
        command:
          "ALTER SYSTEM SET idle_in_transaction_session_timeout = '10min'; SELECT pg_reload_conf();",
      });
    },
  },
  {
    id: "postgres.stats_reset_recently",
    title: "Statistics were reset recently",
    category: "maintenance",
    severity: "info",
    reads: ["metric postgres.database.xact_commit", "metric postgres.uptime"],
    why: "A reset (pg_stat_reset or a restart) empties the counters other checks and autovacuum rely on: unused-index and bloat estimates need days of statistics again.",
    docsUrl: `${PG_DOCS}/monitoring-stats.html#MONITORING-STATS-FUNCTIONS`,
    evaluate(input) {
      const commits = needSeries(input, "postgres.database.xact_commit");
      const reset = commits.filter((s) => s.resets > 0).map((s) => s.labels.database ?? "?");
      const uptime = seriesOf(input, "postgres.uptime")[0]?.latest ?? null;
      const restarted = uptime !== null && uptime < input.windowHours * 3600;
      if (reset.length === 0 && !restarted) return pass();
      return fail({
        summary: restarted
          ? `The server restarted ${formatDuration(uptime ?? 0)} ago; cumulative statistics of tables and indexes start again from zero.`
          : `Statistics counters of ${listNames(reset)} went back to zero in the last ${input.windowHours} h without a restart (pg_stat_reset).`,
        evidence: {
          ...(reset.length ? { "Databases with a counter reset": reset.join(", ") } : {}),
          ...(uptime !== null ? { Uptime: formatDuration(uptime) } : {}),
        },
        recommendation:
          "Wait for several days of statistics before dropping indexes judged unused; avoid pg_stat_reset() on production servers and reset single objects instead when needed.",
        command: null,
      });
    },
  },
];
