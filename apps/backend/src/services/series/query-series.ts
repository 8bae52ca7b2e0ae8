import type { SeriesResponse } from "@logstag/api-contract";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { toChartSeries } from "./bucket-series.ts";
import { loadBuckets, type SeriesQuery } from "./load-buckets.ts";

export type { SeriesQuery } from "./load-buckets.ts";

/** Chart-ready series for one target: aligned buckets, counters as per-second rates. */
export async function querySeries({
  ctx,
  input,
  maxSeries,
}: {
  ctx: Ctx;
  input: SeriesQuery;
  maxSeries: number;
}): Promise<SeriesResponse> {
  authorize(ctx, "metrics.read");
  const loaded = await loadBuckets(ctx, input, { maxSeries });
  const grid = { start: loaded.start, step: loaded.step, count: loaded.count };
  return {
    from: loaded.start,
    to: loaded.to,
    step: loaded.step,
    timestamps: Array.from({ length: loaded.count }, (_, i) => loaded.start + i * loaded.step),
    source: loaded.source,
    series: loaded.series.map((s) => {
      const chart = toChartSeries(s.kind, s.buckets, grid);
      return {
        metric: s.metric,
        labels: s.labels,
        unit: s.unit,
        kind: s.kind,
        values: chart.values,
        ...(s.kind === "counter" ? { resets: chart.resets } : {}),
      };
    }),
  };
}
