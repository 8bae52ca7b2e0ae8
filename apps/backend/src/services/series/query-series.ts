import { MAX_SERIES_POINTS, type SeriesResponse } from "@logstag/api-contract";
import { findMetric } from "@logstag/protocol";
import { findTarget } from "../../store/inventory.ts";
import { findSeries, readPoints } from "../../store/series.ts";
import type { Ctx } from "../context.ts";
import { badRequest, notFound } from "../errors.ts";
import { bucketAverage, chooseStep, counterRates, type RawPoint } from "./bucket-series.ts";

export interface SeriesQuery {
  targetId: string;
  metrics: string[];
  from: string;
  to: string;
  step?: number | undefined;
}

/** Chart-ready series for one target: aligned buckets, counters as per-second rates. */
export async function querySeries({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: SeriesQuery;
}): Promise<SeriesResponse> {
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

  const step = chooseStep(toS - fromS, MAX_SERIES_POINTS, input.step);
  const start = Math.floor(fromS / step) * step;
  const count = Math.ceil((toS - start) / step);
  const series = await findSeries(ctx.db, ctx.orgId, target.id, input.metrics);
  // Counters need the sample just before the range to compute the first rate.
  const points = await readPoints(
    ctx.db,
    ctx.orgId,
    series.map((s) => s.id),
    new Date((start - step) * 1000),
    new Date(toS * 1000),
  );
  const bySeries = new Map<number, RawPoint[]>();
  for (const p of points) {
    const list = bySeries.get(p.series_id) ?? [];
    list.push({ t: p.t, value: p.value });
    bySeries.set(p.series_id, list);
  }
  return {
    from: start,
    to: toS,
    step,
    timestamps: Array.from({ length: count }, (_, i) => start + i * step),
    series: series.map((s) => {
      const def = findMetric(s.metric);
      const kind = def?.kind ?? "gauge";
      const raw = bySeries.get(s.id) ?? [];
      const values = bucketAverage(
        kind === "counter" ? counterRates(raw) : raw,
        start,
        step,
        count,
      );
      return { metric: s.metric, labels: s.labels, unit: def?.unit ?? "count", kind, values };
    }),
  };
}
