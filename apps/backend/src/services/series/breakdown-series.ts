import { type BreakdownResponse, MAX_BREAKDOWN_ROWS } from "@logstag/api-contract";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { type BreakdownValue, totalBuckets } from "./breakdown-values.ts";
import { loadBuckets } from "./load-buckets.ts";

/** Totals need no fine grid, and a breakdown may span hundreds of series. */
const BREAKDOWN_BUCKETS = 60;

/**
 * Metrics totalled over a range, one row per value of the label `by` (e.g. per Redis command).
 * Each row needs a series per metric, so `maxSeries` caps the rows, i.e. the label values with a
 * sample in the range; values seen only before the range do not count.
 */
export async function breakdownSeries({
  ctx,
  input,
  maxSeries,
}: {
  ctx: Ctx;
  input: { targetId: string; metrics: string[]; by: string; from: string; to: string };
  maxSeries: number;
}): Promise<BreakdownResponse> {
  authorize(ctx, "metrics.read");
  const loaded = await loadBuckets(ctx, input, {
    maxSeries: maxSeries * input.metrics.length,
    maxPoints: BREAKDOWN_BUCKETS,
    sampledOnly: true,
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
    rows: all.slice(0, MAX_BREAKDOWN_ROWS),
    truncated: all.length > MAX_BREAKDOWN_ROWS,
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
