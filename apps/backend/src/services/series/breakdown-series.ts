import { type BreakdownResponse, MAX_BREAKDOWN_ROWS } from "@logstag/api-contract";
import { findEngineMetric } from "@logstag/protocol";
import { findTarget } from "../../store/inventory.ts";
import { rankLabelValues } from "../../store/series.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { badRequest, notFound } from "../errors.ts";
import { timeseriesSettings } from "../ingest/timeseries-settings.ts";
import { type BreakdownValue, totalBuckets } from "./breakdown-values.ts";
import { loadBuckets } from "./load-buckets.ts";

const DAY_S = 86_400;

type BreakdownInput = { targetId: string; metrics: string[]; by: string; from: string; to: string };

/**
 * The values of the label with a sample in the range, heaviest first by the first metric (ranked
 * in the rollups), at most `limit`; `truncated` when more had data.
 */
async function heaviestValues(
  ctx: Ctx,
  input: BreakdownInput,
  limit: number,
): Promise<{ values: string[]; truncated: boolean }> {
  const target = await findTarget(ctx.db, ctx.orgId, input.targetId);
  if (!target) throw notFound("target");
  const metric = input.metrics[0] ?? "";
  const def = findEngineMetric(metric, target.engine);
  if (!def) throw badRequest(`unknown ${target.engine} metric ${metric}`);
  const from = Date.parse(input.from) / 1000;
  const to = Date.parse(input.to) / 1000;
  if (!(to > from)) throw badRequest("`to` must be after `from`");
  const minuteRollupsFrom = Date.now() / 1000 - timeseriesSettings().retentionDays["1m"] * DAY_S;
  const ranked = await rankLabelValues(ctx.db, {
    orgId: ctx.orgId,
    targetId: target.id,
    metric,
    kind: def.kind,
    label: input.by,
    window: { from, to },
    tier: from >= minuteRollupsFrom ? "1m" : "1h",
    limit: limit + 1,
  });
  return { values: ranked.slice(0, limit), truncated: ranked.length > limit };
}

/** Totals need no fine grid, and a breakdown may span hundreds of series. */
const BREAKDOWN_BUCKETS = 60;

/**
 * Metrics totalled over a range, one row per value of the label `by` (e.g. per Redis command).
 * Each row needs a series per metric, so `maxSeries` caps the rows, i.e. the label values with a
 * sample in the range (values seen only before the range do not count). Beyond the cap the answer
 * holds the heaviest values by the first metric and says it was truncated.
 */
export async function breakdownSeries({
  ctx,
  input,
  maxSeries,
}: {
  ctx: Ctx;
  input: BreakdownInput;
  maxSeries: number;
}): Promise<BreakdownResponse> {
  authorize(ctx, "metrics.read");
  const maxRows = Math.min(maxSeries, MAX_BREAKDOWN_ROWS);
  // The ranking already left out values without a sample in the range: only theirs are read.
  const heaviest = await heaviestValues(ctx, input, maxRows);
  const query = { ...input, labelIn: { label: input.by, values: heaviest.values } };
  const loaded = await loadBuckets(ctx, query, {
    maxSeries: maxSeries * input.metrics.length,
    maxPoints: BREAKDOWN_BUCKETS,
  });
  const rows = new Map<string, Record<string, BreakdownValue>>();
  for (const s of loaded.series) {
    const key = s.labels[input.by];
    if (key === undefined || s.buckets.length === 0) continue;
    const row = rows.get(key) ?? {};
    // Series of one metric that differ in other labels are summed into the row.
    row[s.metric] = addValues(row[s.metric], totalBuckets(s.kind, s.buckets));
    rows.set(key, row);
  }
  const all = [...rows].map(([key, values]) => ({ key, values }));
  return {
    from: loaded.start,
    to: loaded.to,
    by: input.by,
    rows: all.slice(0, maxRows),
    truncated: heaviest.truncated || all.length > maxRows,
  };
}

function addValues(a: BreakdownValue | undefined, b: BreakdownValue): BreakdownValue {
  if (!a) return b;
  const add = (x: number | null, y: number | null) => (x === null ? y : y === null ? x : x + y);
  return {
    increase: add(a.increase, b.increase),
    rate: add(a.rate, b.rate),
    last: add(a.last, b.last),
    avg: add(a.avg, b.avg),
  };
}
