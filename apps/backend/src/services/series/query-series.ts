import { MAX_SERIES_POINTS, type SeriesResponse } from "@logstag/api-contract";
import { findMetric } from "@logstag/protocol";
import { findTarget } from "../../store/inventory.ts";
import { readRollupState } from "../../store/rollup-state.ts";
import { type BucketRow, findSeries, readBuckets } from "../../store/series.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { badRequest, notFound } from "../errors.ts";
import { timeseriesSettings } from "../ingest/timeseries-settings.ts";
import { chooseStep, toChartSeries } from "./bucket-series.ts";
import { fitStepToTiers, planSegments, tierForStep } from "./plan-tiers.ts";

export interface SeriesQuery {
  targetId: string;
  metrics: string[];
  from: string;
  to: string;
  step?: number | undefined;
}

const seconds = (d: Date | null) => (d ? d.getTime() / 1000 : null);

/**
 * Chart-ready series for one target: aligned buckets, counters as per-second rates, read from the
 * coarsest storage tier that fits the step (rollups for long ranges, raw points for short ones).
 */
export async function querySeries({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: SeriesQuery;
}): Promise<SeriesResponse> {
  authorize(ctx, "metrics.read");
  const target = await findTarget(ctx.db, ctx.orgId, input.targetId);
  if (!target) throw notFound("target");
  for (const name of input.metrics) {
    const def = findMetric(name);
    if (!def || def.engine !== target.engine)
      throw badRequest(`unknown ${target.engine} metric ${name}`);
  }
  const fromS = Date.parse(input.from) / 1000;
  const toS = Date.parse(input.to) / 1000;
  if (!(toS > fromS)) throw badRequest("`to` must be after `from`");
  if (toS - fromS > 400 * 86400) throw badRequest("the range may span at most 400 days");

  const nowS = Date.now() / 1000;
  const { retentionDays } = timeseriesSettings();
  const step = fitStepToTiers(
    chooseStep(toS - fromS, MAX_SERIES_POINTS, input.step),
    fromS,
    nowS,
    retentionDays,
  );
  const start = Math.floor(fromS / step) * step;
  const count = Math.ceil((toS - start) / step);
  const tier = tierForStep(step);
  const [series, state] = await Promise.all([
    findSeries(ctx.db, ctx.orgId, target.id, input.metrics),
    readRollupState(ctx.db),
  ]);
  const segments = planSegments(tier, start, toS, {
    "1m": seconds(state.rolled1m),
    "1h": seconds(state.rolled1h),
  });
  const kindOf = (metric: string) => findMetric(metric)?.kind ?? "gauge";
  const ids = (kind: "gauge" | "counter") =>
    series.filter((s) => kindOf(s.metric) === kind).map((s) => s.id);
  const rows = await readBuckets(
    ctx.db,
    ctx.orgId,
    { gauges: ids("gauge"), counters: ids("counter") },
    { start, step, segments },
  );
  const bySeries = new Map<number, BucketRow[]>();
  for (const r of rows) {
    const list = bySeries.get(r.series_id) ?? [];
    list.push(r);
    bySeries.set(r.series_id, list);
  }
  return {
    from: start,
    to: toS,
    step,
    timestamps: Array.from({ length: count }, (_, i) => start + i * step),
    source: segments[0]?.tier ?? "raw",
    series: series.map((s) => {
      const def = findMetric(s.metric);
      const kind = kindOf(s.metric);
      const chart = toChartSeries(kind, bySeries.get(s.id) ?? [], { start, step, count });
      return {
        metric: s.metric,
        labels: s.labels,
        unit: def?.unit ?? "count",
        kind,
        values: chart.values,
        ...(kind === "counter" ? { resets: chart.resets } : {}),
      };
    }),
  };
}
