import type { SeriesResponse } from "@logstag/api-contract";
import { paletteColor } from "../../components/chart-colors.ts";
import type { ChartData, ChartSeries } from "../../components/time-series-chart.utils.ts";

/** Bucket-wise sum; a bucket with no value in any input stays a gap instead of becoming 0. */
export function sumValues(
  columns: readonly (readonly (number | null)[])[],
  length = Math.max(0, ...columns.map((c) => c.length)),
): (number | null)[] {
  const out: (number | null)[] = new Array(length).fill(null);
  for (const column of columns) {
    for (let i = 0; i < length; i++) {
      const value = column[i];
      if (value === null || value === undefined) continue;
      out[i] = (out[i] ?? 0) + value;
    }
  }
  return out;
}

/** A metric summed over all its series (databases), or undefined when it has none. */
export function sumMetric(
  response: SeriesResponse,
  metric: string,
  scale = 1,
): (number | null)[] | undefined {
  const matching = response.series.filter((s) => s.metric === metric);
  if (matching.length === 0) return undefined;
  const summed = sumValues(
    matching.map((s) => s.values),
    response.timestamps.length,
  );
  return scale === 1 ? summed : summed.map((v) => (v === null ? null : v * scale));
}

export interface SummedLine {
  label: string;
  metric: string;
  color: number;
}

/** One line per metric that has data, each summed over databases and scaled (e.g. to per minute). */
export function buildSummedChart(
  response: SeriesResponse,
  lines: readonly SummedLine[],
  scale = 1,
): ChartData {
  const series: ChartSeries[] = [];
  for (const line of lines) {
    const values = sumMetric(response, line.metric, scale);
    if (values) series.push({ label: line.label, values, color: paletteColor(line.color) });
  }
  return { timestamps: response.timestamps, series };
}

/** Whether the agent reported anything of the request in the range (so "no series" means "none"). */
export function hasAnyValue(response: SeriesResponse): boolean {
  return response.series.some((s) => s.values.some((v) => v !== null));
}

/** One line per value of a label (a replica, a db), sorted naturally by that value. */
export function buildPerLabelChart(
  response: SeriesResponse,
  metric: string,
  label: string,
  suffix = "",
): ChartData {
  const lines = response.series
    .filter((s) => s.metric === metric)
    .map((s) => ({ name: s.labels[label] ?? "all", values: s.values }))
    .sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true }));
  const series: ChartSeries[] = lines.map((line, index) => ({
    label: `${line.name}${suffix}`,
    values: line.values,
    color: paletteColor(index),
  }));
  return { timestamps: response.timestamps, series };
}

/** The newest value of a metric in the range (summed over its series), null when it has none. */
export function latestValue(response: SeriesResponse, metric: string): number | null {
  const values = sumMetric(response, metric);
  if (!values) return null;
  for (let i = values.length - 1; i >= 0; i--) {
    const value = values[i];
    if (value !== null && value !== undefined) return value;
  }
  return null;
}
