import type { MetricKind } from "@logstag/protocol";
import type { BucketRow } from "../../store/series.ts";

export interface BreakdownValue {
  increase: number | null;
  rate: number | null;
  last: number | null;
  avg: number | null;
}

/**
 * One series' buckets totalled over the range: a counter's increase and the rate over the seconds
 * that increase covers (intervals across a reset count for neither); a gauge's newest and average level.
 */
export function totalBuckets(kind: MetricKind, buckets: readonly BucketRow[]): BreakdownValue {
  if (kind === "counter") {
    let increase = 0;
    let elapsed = 0;
    for (const b of buckets) {
      increase += b.increase;
      elapsed += b.elapsed;
    }
    return {
      increase: elapsed > 0 ? increase : null,
      rate: elapsed > 0 ? increase / elapsed : null,
      last: null,
      avg: null,
    };
  }
  let sum = 0;
  let count = 0;
  let last: BucketRow | undefined;
  for (const b of buckets) {
    sum += b.sum;
    count += b.count;
    if (b.count > 0 && (!last || b.i > last.i)) last = b;
  }
  return {
    increase: null,
    rate: null,
    last: last ? last.sum / last.count : null,
    avg: count > 0 ? sum / count : null,
  };
}
