import type uPlot from "uplot";
import { gapRuns, maxBridgeableGapSeconds } from "./time-series-chart.utils.ts";

/** Breaks lines only at real outages, not at empty buckets between samples (see gapRuns). */
export function refineGaps(plot: uPlot, seriesIndex: number): uPlot.Series.Gaps {
  const xs = plot.data[0];
  const ys = plot.data[seriesIndex];
  if (!ys) return [];
  const toPx = (index: number) => Math.round(plot.valToPos(xs[index] ?? 0, "x", true));
  return gapRuns(xs, ys, maxBridgeableGapSeconds(xs, ys)).map(([first, last]) => [
    toPx(first),
    toPx(last),
  ]);
}
