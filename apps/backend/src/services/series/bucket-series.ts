import type { MetricKind } from "@logstag/protocol";
import type { BucketRow } from "../../store/series.ts";

const NICE_STEPS = [
  10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400,
];

/** The smallest round step that keeps the range within `maxPoints` buckets. */
export function chooseStep(rangeSeconds: number, maxPoints: number, requested?: number): number {
  const minimum = Math.ceil(rangeSeconds / maxPoints);
  if (requested !== undefined) return Math.max(requested, minimum);
  const target = Math.max(rangeSeconds / 300, minimum);
  return NICE_STEPS.find((s) => s >= target) ?? Math.ceil(target);
}

export interface ChartSeries {
  values: (number | null)[];
  /** Bucket timestamps where a counter went down. */
  resets: number[];
}

/**
 * Bucket aggregates → chart values: a gauge's level is the bucket's average; a counter's rate is
 * its increase over the seconds that increase covers, so a reset (no increase, no seconds) never
 * yields a negative or diluted rate, and a bucket whose only interval crossed a reset is null.
 */
export function toChartSeries(
  kind: MetricKind,
  rows: readonly BucketRow[],
  grid: { start: number; step: number; count: number },
): ChartSeries {
  const values: (number | null)[] = new Array(grid.count).fill(null);
  const resets: number[] = [];
  for (const r of rows) {
    if (r.i < 0 || r.i >= grid.count) continue;
    if (kind === "gauge") {
      values[r.i] = r.count > 0 ? r.sum / r.count : null;
      continue;
    }
    values[r.i] = r.elapsed > 0 ? r.increase / r.elapsed : null;
    if (r.resets > 0) resets.push(grid.start + r.i * grid.step);
  }
  return { values, resets: resets.sort((a, b) => a - b) };
}
