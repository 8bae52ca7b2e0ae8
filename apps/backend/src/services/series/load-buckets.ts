import { MAX_SERIES_POINTS } from "@logstag/api-contract";
import { findEngineMetric, type MetricKind } from "@logstag/protocol";
import { findTarget } from "../../store/inventory.ts";
import { readRollupState } from "../../store/rollup-state.ts";
import { type BucketRow, findSeries, readBuckets, type SeriesRow } from "../../store/series.ts";
import type { Ctx } from "../context.ts";
import { badRequest, notFound } from "../errors.ts";
import { timeseriesSettings } from "../ingest/timeseries-settings.ts";
import { chooseStep } from "./bucket-series.ts";
import { fitStepToTiers, planSegments, tierForStep } from "./plan-tiers.ts";

export interface SeriesQuery {
  targetId: string;
  metrics: string[];
  from: string;
  to: string;
  step?: number | undefined;
  /** Only the series with this label value (`label=value` in the request). */
  where?: Record<string, string> | undefined;
  /** Only the series whose label has one of these values. */
  labelIn?: { label: string; values: string[] } | undefined;
}

export interface LoadedSeries extends SeriesRow {
  kind: MetricKind;
  unit: string;
  buckets: BucketRow[];
}

export interface LoadedBuckets {
  start: number;
  to: number;
  step: number;
  count: number;
  source: "raw" | "1m" | "1h";
  series: LoadedSeries[];
}

const seconds = (d: Date | null) => (d ? d.getTime() / 1000 : null);

/**
 * The buckets of a target's series over a range, read from the coarsest storage tier that fits
 * the step (rollups for long ranges, raw points for short ones). Metrics must be in the target's catalog.
 */
export async function loadBuckets(
  ctx: Ctx,
  input: SeriesQuery,
  caps: { maxSeries: number; maxPoints?: number },
): Promise<LoadedBuckets> {
  const maxPoints = caps.maxPoints ?? MAX_SERIES_POINTS;
  const target = await findTarget(ctx.db, ctx.orgId, input.targetId);
  if (!target) throw notFound("target");
  const defs = new Map(
    input.metrics.map((name) => {
      const def = findEngineMetric(name, target.engine);
      if (!def) throw badRequest(`unknown ${target.engine} metric ${name}`);
      return [name, def];
    }),
  );
  const fromS = Date.parse(input.from) / 1000;
  const toS = Date.parse(input.to) / 1000;
  if (!(toS > fromS)) throw badRequest("`to` must be after `from`");
  if (toS - fromS > 400 * 86400) throw badRequest("the range may span at most 400 days");

  const { retentionDays } = timeseriesSettings();
  const step = fitStepToTiers(
    chooseStep(toS - fromS, maxPoints, input.step),
    fromS,
    Date.now() / 1000,
    retentionDays,
  );
  const start = Math.floor(fromS / step) * step;
  const [series, state] = await Promise.all([
    findSeries(ctx.db, ctx.orgId, target.id, input.metrics, caps.maxSeries + 1, {
      ...(input.where ? { labels: input.where } : {}),
      ...(input.labelIn ? { labelIn: input.labelIn } : {}),
    }),
    readRollupState(ctx.db),
  ]);
  if (series.length > caps.maxSeries)
    throw badRequest(
      `these metrics have more than ${caps.maxSeries.toLocaleString("en-US")} series on this target, the most one request may read (LOGSTAG_MAX_SERIES_PER_QUERY); ask for fewer metrics`,
    );
  const segments = planSegments(tierForStep(step), start, toS, {
    "1m": seconds(state.rolled1m),
    "1h": seconds(state.rolled1h),
  });
  const kindOf = (metric: string) => defs.get(metric)?.kind ?? "gauge";
  const ids = (kind: MetricKind) =>
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
    start,
    to: toS,
    step,
    count: Math.ceil((toS - start) / step),
    source: segments[0]?.tier ?? "raw",
    series: series.map((s) => ({
      ...s,
      kind: kindOf(s.metric),
      unit: defs.get(s.metric)?.unit ?? "count",
      buckets: bySeries.get(s.id) ?? [],
    })),
  };
}
