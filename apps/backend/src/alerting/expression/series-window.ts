/** One stored sample: epoch milliseconds and value. */
export interface Sample {
  t: number;
  v: number;
}

/** One series of a metric on one asset, samples in time order. */
export interface SeriesData {
  labels: Readonly<Record<string, string>>;
  samples: readonly Sample[];
}

/** Index of the first sample with t > after (binary search). */
function firstAfter(samples: readonly Sample[], after: number): number {
  let lo = 0;
  let hi = samples.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((samples[mid] as Sample).t > after) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Samples in (at - windowMs, at]. */
export function windowOf(samples: readonly Sample[], at: number, windowMs: number): Sample[] {
  return samples.slice(firstAfter(samples, at - windowMs), firstAfter(samples, at));
}

/** The newest sample at or before `at`, when it is no older than `staleMs`. */
export function latestSample(
  samples: readonly Sample[],
  at: number,
  staleMs: number,
): Sample | undefined {
  const i = firstAfter(samples, at) - 1;
  const s = samples[i];
  return s && at - s.t <= staleMs ? s : undefined;
}

/** A counter's growth over the window; a decrease is a restart, counted from zero. */
export function increaseOf(w: readonly Sample[]): { increase: number; seconds: number } | null {
  if (w.length < 2) return null;
  let increase = 0;
  for (let i = 1; i < w.length; i++) {
    const d = (w[i] as Sample).v - (w[i - 1] as Sample).v;
    increase += d >= 0 ? d : (w[i] as Sample).v;
  }
  const seconds = ((w[w.length - 1] as Sample).t - (w[0] as Sample).t) / 1000;
  return { increase, seconds };
}

export function aggregateWindow(
  w: readonly Sample[],
  how: "sum" | "avg" | "max" | "min",
): number | null {
  if (w.length === 0) return null;
  let acc = how === "avg" || how === "sum" ? 0 : (w[0] as Sample).v;
  for (const s of w) {
    if (how === "avg" || how === "sum") acc += s.v;
    else if (how === "max") acc = Math.max(acc, s.v);
    else acc = Math.min(acc, s.v);
  }
  return how === "avg" ? acc / w.length : acc;
}
