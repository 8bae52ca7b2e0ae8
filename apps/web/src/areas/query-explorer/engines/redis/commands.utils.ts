import type { BreakdownResponse, SeriesResponse } from "@logstag/api-contract";
import { paletteColor } from "../../../../components/chart-colors.ts";
import type { ChartData } from "../../../../components/time-series-chart.utils.ts";

const M = "redis.command.";

/** Everything the command table shows, asked for in one breakdown by `command`. */
export const COMMAND_METRICS = [
  `${M}calls`,
  `${M}usec`,
  `${M}failed_calls`,
  `${M}rejected_calls`,
  `${M}latency_p50`,
  `${M}latency_p99`,
  `${M}latency_p999`,
] as const;

/** The counters behind a command's history charts. */
export const HISTORY_METRICS = [`${M}calls`, `${M}usec`, `${M}failed_calls`] as const;

export interface CommandRow {
  command: string;
  callsPerSecond: number | null;
  calls: number | null;
  /** CPU time spent in the command over the range, in µs. */
  usec: number | null;
  usPerCall: number | null;
  /** Share of all commands' time over the range, in percent. */
  timeShare: number | null;
  failed: number | null;
  rejected: number | null;
  p50: number | null;
  p99: number | null;
  p999: number | null;
}

type Row = BreakdownResponse["rows"][number];

function counter(row: Row, metric: string): { increase: number | null; rate: number | null } {
  const value = row.values[`${M}${metric}`];
  return { increase: value?.increase ?? null, rate: value?.rate ?? null };
}

function gauge(row: Row, metric: string): number | null {
  return row.values[`${M}${metric}`]?.last ?? null;
}

/** Δusec / Δcalls: the average CPU time per call; null without calls. */
export function microsecondsPerCall(usec: number | null, calls: number | null): number | null {
  if (usec === null || calls === null || calls <= 0) return null;
  return usec / calls;
}

/** One row per command, with time per call and its share of the server's command time. */
export function toCommandRows(response: BreakdownResponse): CommandRow[] {
  const totalUsec = response.rows.reduce(
    (sum, row) => sum + (counter(row, "usec").increase ?? 0),
    0,
  );
  return response.rows.map((row) => {
    const calls = counter(row, "calls");
    const usec = counter(row, "usec").increase;
    return {
      command: row.key,
      callsPerSecond: calls.rate,
      calls: calls.increase,
      usec,
      usPerCall: microsecondsPerCall(usec, calls.increase),
      timeShare: usec === null || totalUsec <= 0 ? null : (usec / totalUsec) * 100,
      failed: counter(row, "failed_calls").increase,
      rejected: counter(row, "rejected_calls").increase,
      p50: gauge(row, "latency_p50"),
      p99: gauge(row, "latency_p99"),
      p999: gauge(row, "latency_p999"),
    };
  });
}

/** Commands whose name contains the search (`config|get` also matches "config get"). */
export function filterCommands(rows: readonly CommandRow[], search: string): CommandRow[] {
  const needle = search.trim().toLowerCase().replace(/\s+/g, "|");
  return rows.filter((row) => needle === "" || row.command.toLowerCase().includes(needle));
}

/** Commands that ran in the range, so idle ones from earlier do not crowd the table. */
export function withCalls(rows: readonly CommandRow[]): CommandRow[] {
  return rows.filter((row) => (row.calls ?? 0) > 0 || (row.rejected ?? 0) > 0);
}

/** Whether the server reports latency percentiles (7.0+), to show those columns at all. */
export function hasPercentiles(rows: readonly CommandRow[]): boolean {
  return rows.some((row) => row.p50 !== null || row.p99 !== null || row.p999 !== null);
}

export interface CommandHistory {
  calls: ChartData;
  usPerCall: ChartData;
  failed: ChartData;
}

/** A command's calls/s, µs per call and failed calls/s, bucket by bucket. */
export function buildCommandHistory(response: SeriesResponse, command: string): CommandHistory {
  const values = (metric: string) =>
    response.series.find((s) => s.metric === `${M}${metric}` && s.labels.command === command)
      ?.values;
  const calls = values("calls");
  const usec = values("usec");
  const failed = values("failed_calls");
  const chart = (label: string, data: readonly (number | null)[] | undefined, color: number) => ({
    timestamps: response.timestamps,
    series: data ? [{ label, values: data, color: paletteColor(color) }] : [],
  });
  const perCall =
    calls && usec ? calls.map((c, i) => microsecondsPerCall(usec[i] ?? null, c)) : undefined;
  return {
    calls: chart("calls/s", calls, 0),
    usPerCall: chart("µs/call", perCall, 3),
    failed: chart("failed/s", failed, 5),
  };
}
