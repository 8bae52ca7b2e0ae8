import type { Ctx } from "../context.ts";
import { querySeries } from "../series/query-series.ts";

export interface LatestValue {
  metric: string;
  labels: Record<string, string>;
  value: number;
  /** Epoch seconds of the bucket the value comes from. */
  at: number;
}

// Instance facts read a handful of fixed metrics; this only bounds a target with runaway labels.
const INSTANCE_MAX_SERIES = 1_000;

/** The newest value of each series of `metrics` within `lookbackMs` (counters as rates). */
export async function readLatestValues(
  ctx: Ctx,
  targetId: string,
  metrics: string[],
  lookbackMs: number,
): Promise<LatestValue[]> {
  const now = Date.now();
  const recent = await querySeries({
    ctx,
    input: {
      targetId,
      metrics,
      from: new Date(now - lookbackMs).toISOString(),
      to: new Date(now + 1000).toISOString(),
      step: 60,
    },
    maxSeries: INSTANCE_MAX_SERIES,
  });
  const latest: LatestValue[] = [];
  for (const s of recent.series) {
    for (let i = s.values.length - 1; i >= 0; i--) {
      const value = s.values[i];
      if (value === null || value === undefined) continue;
      latest.push({ metric: s.metric, labels: s.labels, value, at: recent.timestamps[i] ?? 0 });
      break;
    }
  }
  return latest;
}

/** The value of an unlabelled series, or null. */
export function latestValueOf(values: readonly LatestValue[], metric: string): number | null {
  return values.find((v) => v.metric === metric)?.value ?? null;
}

/** Epoch seconds → ISO time, null for none. */
export function isoOrNull(seconds: number): string | null {
  return seconds ? new Date(seconds * 1000).toISOString() : null;
}
