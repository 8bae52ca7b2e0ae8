export interface RawPoint {
  /** epoch seconds */
  t: number;
  value: number;
}

/** Per-second rates between consecutive samples; a decrease is a counter reset: a new baseline, never a negative rate. */
export function counterRates(points: RawPoint[]): RawPoint[] {
  const rates: RawPoint[] = [];
  for (let i = 1; i < points.length; i++) {
    const prev = points[i - 1] as RawPoint;
    const cur = points[i] as RawPoint;
    const dt = cur.t - prev.t;
    if (dt <= 0 || cur.value < prev.value) continue;
    rates.push({ t: cur.t, value: (cur.value - prev.value) / dt });
  }
  return rates;
}

/** Averages points into `count` buckets of `step` seconds starting at `from`; a bucket without points is null. */
export function bucketAverage(
  points: RawPoint[],
  from: number,
  step: number,
  count: number,
): (number | null)[] {
  const sums = new Float64Array(count);
  const counts = new Uint32Array(count);
  for (const p of points) {
    const i = Math.floor((p.t - from) / step);
    if (i < 0 || i >= count) continue;
    sums[i] = (sums[i] as number) + p.value;
    counts[i] = (counts[i] as number) + 1;
  }
  return Array.from(sums, (s, i) => (counts[i] ? s / (counts[i] as number) : null));
}

const NICE_STEPS = [
  10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400,
];

/** The smallest round step that keeps the range within `maxPoints` buckets. */
export function chooseStep(rangeSeconds: number, maxPoints: number, requested?: number): number {
  const minimum = Math.ceil(rangeSeconds / maxPoints);
  if (requested !== undefined) return Math.max(requested, minimum);
  const target = Math.max(rangeSeconds / 300, minimum);
  return NICE_STEPS.find((s) => s >= target) ?? Math.ceil(target);
}
