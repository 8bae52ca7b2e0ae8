import type { ChartColor } from "./chart-colors.ts";

export interface ChartSeries {
  label: string;
  values: readonly (number | null)[];
  color: ChartColor;
  dashed?: boolean;
}

/** Columns aligned on one time axis (epoch seconds); null marks a gap. */
export interface ChartData {
  timestamps: readonly number[];
  series: readonly ChartSeries[];
}

/** How many values are actually drawn, over all series. */
export function countPoints(data: ChartData): number {
  let count = 0;
  for (const series of data.series) {
    for (const value of series.values) if (value !== null && Number.isFinite(value)) count++;
  }
  return count;
}

/** Changes only when the chart needs new series definitions, not on every data refresh. */
export function seriesShapeKey(data: ChartData): string {
  return data.series.map((s) => `${s.label}|${s.color}|${s.dashed ? 1 : 0}`).join("\n");
}

/** uPlot's column layout: x first, then one array per series. */
export function toAlignedColumns(data: ChartData): (number | null)[][] {
  return [Array.from(data.timestamps), ...data.series.map((s) => Array.from(s.values))];
}

/** Compact axis and legend numbers: 950, 1.2k, 3.4M; up to two decimals below 10. */
export function formatCompactNumber(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e9) return `${trim(value / 1e9)}G`;
  if (abs >= 1e6) return `${trim(value / 1e6)}M`;
  if (abs >= 1e3) return `${trim(value / 1e3)}k`;
  if (abs >= 10 || abs === 0) return String(Math.round(value));
  return trim(value, 2);
}

function trim(value: number, digits = 1): string {
  return String(Number(value.toFixed(digits)));
}

/**
 * The longest run without values that is still drawn as a continuous line. Buckets can be finer
 * than the collection interval (a 60 s metric on a 15 s grid), so empty buckets between samples
 * at their usual spacing are not outages; a gap over 2.5× the usual spacing is.
 */
export function maxBridgeableGapSeconds(
  timestamps: ArrayLike<number>,
  values: ArrayLike<number | null | undefined>,
): number {
  const deltas: number[] = [];
  let previous: number | undefined;
  for (let i = 0; i < timestamps.length; i++) {
    const at = timestamps[i];
    if (at === undefined || values[i] == null) continue;
    if (previous !== undefined) deltas.push(at - previous);
    previous = at;
  }
  if (deltas.length === 0) return 0;
  deltas.sort((a, b) => a - b);
  const median = deltas[Math.floor(deltas.length / 2)] ?? 0;
  return median * 2.5;
}

/** Runs of nulls (first and last index) that must break the line: too long, or at either end. */
export function gapRuns(
  timestamps: ArrayLike<number>,
  values: ArrayLike<number | null | undefined>,
  maxBridgeSeconds: number,
): [number, number][] {
  const runs: [number, number][] = [];
  let i = 0;
  while (i < values.length) {
    if (values[i] != null) {
      i++;
      continue;
    }
    const first = i;
    while (i < values.length && values[i] == null) i++;
    const last = i - 1;
    const before = timestamps[first - 1];
    const after = timestamps[last + 1];
    const atEdge = first === 0 || last === values.length - 1;
    if (
      atEdge ||
      before === undefined ||
      after === undefined ||
      after - before > maxBridgeSeconds
    ) {
      runs.push([first, last]);
    }
  }
  return runs;
}
