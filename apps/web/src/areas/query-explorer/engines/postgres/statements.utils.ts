import type { BreakdownResponse, SeriesResponse } from "@logstag/api-contract";
import { OTHER_STATEMENTS_KEY, type PostgresStatement } from "@logstag/protocol";
import { paletteColor } from "../../../../components/chart-colors.ts";
import type { ChartData } from "../../../../components/time-series-chart.utils.ts";

const M = "postgres.statements.";

/** Everything the statements table shows, in one breakdown by `query`. */
export const STATEMENT_METRICS = [
  `${M}calls`,
  `${M}exec_time`,
  `${M}plan_time`,
  `${M}rows`,
  `${M}shared_blks_hit`,
  `${M}shared_blks_read`,
  `${M}temp_blks_written`,
  `${M}wal_bytes`,
  `${M}io_read_time`,
] as const;

/** Counters behind one statement's history charts. */
export const STATEMENT_HISTORY_METRICS = [`${M}calls`, `${M}exec_time`, `${M}rows`] as const;

/** At most this many statements get their text looked up (the heaviest by time). */
export const MAX_TEXT_LOOKUPS = 200;

export interface StatementRow {
  key: string;
  text: string | null;
  database: string | null;
  user: string | null;
  callsPerSecond: number | null;
  calls: number | null;
  /** Execution time over the range, ms. */
  totalTime: number | null;
  meanTime: number | null;
  timeShare: number | null;
  rows: number | null;
  rowsPerCall: number | null;
  sharedHit: number | null;
  sharedRead: number | null;
  tempWritten: number | null;
  walBytes: number | null;
}

type Row = BreakdownResponse["rows"][number];
const inc = (row: Row, metric: string) => row.values[`${M}${metric}`]?.increase ?? null;
const per = (a: number | null, b: number | null) =>
  a === null || b === null || b <= 0 ? null : a / b;

/** One row per statement key (and `other`), heaviest first, with texts where known. */
export function toStatementRows(
  response: BreakdownResponse,
  texts: readonly PostgresStatement[] = [],
): StatementRow[] {
  const byKey = new Map(texts.map((t) => [t.key, t]));
  const total = response.rows.reduce((sum, r) => sum + (inc(r, "exec_time") ?? 0), 0);
  return response.rows
    .map((row) => {
      const calls = inc(row, "calls");
      const time = inc(row, "exec_time");
      const rows = inc(row, "rows");
      const t = byKey.get(row.key);
      return {
        key: row.key,
        text: row.key === OTHER_STATEMENTS_KEY ? "(all other statements)" : (t?.text ?? null),
        database: t?.database ?? null,
        user: t?.user ?? null,
        callsPerSecond: row.values[`${M}calls`]?.rate ?? null,
        calls,
        totalTime: time,
        meanTime: per(time, calls),
        timeShare: time === null || total <= 0 ? null : (time / total) * 100,
        rows,
        rowsPerCall: per(rows, calls),
        sharedHit: inc(row, "shared_blks_hit"),
        sharedRead: inc(row, "shared_blks_read"),
        tempWritten: inc(row, "temp_blks_written"),
        walBytes: inc(row, "wal_bytes"),
      };
    })
    .filter((r) => (r.calls ?? 0) > 0)
    .sort((a, b) => (b.totalTime ?? 0) - (a.totalTime ?? 0));
}

/** Keys whose texts to look up: the heaviest statements, `other` left out. */
export function keysToLookUp(response: BreakdownResponse | undefined): string[] {
  if (!response) return [];
  return [...response.rows]
    .filter((r) => r.key !== OTHER_STATEMENTS_KEY)
    .sort((a, b) => (inc(b, "exec_time") ?? 0) - (inc(a, "exec_time") ?? 0))
    .slice(0, MAX_TEXT_LOOKUPS)
    .map((r) => r.key)
    .sort();
}

/** Statements whose text, database, user or key contains the search (case-insensitive). */
export function filterStatements(rows: readonly StatementRow[], search: string): StatementRow[] {
  const needle = search.trim().toLowerCase();
  if (needle === "") return [...rows];
  return rows.filter((r) =>
    [r.text, r.database, r.user, r.key].some((v) => v?.toLowerCase().includes(needle)),
  );
}

export interface StatementHistory {
  calls: ChartData;
  meanTime: ChartData;
  rowsPerCall: ChartData;
}

/** Calls/s, mean time (ms) and rows per call of one statement, bucket by bucket. */
export function buildStatementHistory(response: SeriesResponse, key: string): StatementHistory {
  const values = (metric: string) =>
    response.series.find((s) => s.metric === `${M}${metric}` && s.labels.query === key)?.values;
  const calls = values("calls");
  const time = values("exec_time");
  const rows = values("rows");
  const ratio = (a: readonly (number | null)[] | undefined) =>
    a && calls ? calls.map((c, i) => per(a[i] ?? null, c)) : undefined;
  const chart = (label: string, data: readonly (number | null)[] | undefined, color: number) => ({
    timestamps: response.timestamps,
    series: data ? [{ label, values: data, color: paletteColor(color) }] : [],
  });
  return {
    calls: chart("calls/s", calls, 0),
    meanTime: chart("ms/call", ratio(time), 3),
    rowsPerCall: chart("rows/call", ratio(rows), 5),
  };
}

/** "1.23 ms", "850 µs", "2.4 s". */
export function formatMilliseconds(ms: number): string {
  if (ms < 1) return `${Math.round(ms * 1000)} µs`;
  if (ms < 1000) return `${Number(ms.toFixed(2))} ms`;
  return `${Number((ms / 1000).toFixed(2))} s`;
}

/**
 * The statement a session's `query_id` stands for (sessions carry query_id, database and user; a
 * statement key also covers the user and top-level flag): the same query id, and database and user
 * when given, top-level first. null when none of the looked-up statements matches.
 */
export function statementKeyForQueryId(
  texts: readonly PostgresStatement[],
  wanted: { queryId: string; database: string | null; user: string | null },
): string | null {
  const matching = texts.filter(
    (t) =>
      t.queryId === wanted.queryId &&
      (wanted.database === null || t.database === wanted.database) &&
      (wanted.user === null || t.user === wanted.user),
  );
  const best = matching.find((t) => t.toplevel !== false) ?? matching[0];
  return best?.key ?? null;
}
