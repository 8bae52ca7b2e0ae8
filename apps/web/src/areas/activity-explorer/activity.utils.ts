/**
 * The `at` to ask for when a bucket is clicked: its end, so the snapshot route (which answers
 * with the snapshot at or before `at`) returns the last one inside the bucket; never the future.
 */
export function bucketSampleTime(bucketStart: number, step: number, now: Date): string {
  const endMs = (bucketStart + step) * 1000 - 1;
  return new Date(Math.min(endMs, now.getTime())).toISOString();
}

/** The snapshots just before and just after a sample time, for stepping through them. */
export function neighbourSamples(
  samples: readonly { collectedAt: string }[],
  sampledAt: string,
): { previous: string | null; next: string | null } {
  const at = Date.parse(sampledAt);
  let previous: string | null = null;
  let next: string | null = null;
  for (const sample of samples) {
    const time = Date.parse(sample.collectedAt);
    if (time < at) previous = sample.collectedAt;
    else if (time > at && next === null) next = sample.collectedAt;
  }
  return { previous, next };
}

/** `?at=` from the URL: an ISO time, or null for the latest snapshot. */
export function parseMoment(value: string | null): string | null {
  if (value === null || Number.isNaN(Date.parse(value))) return null;
  return new Date(value).toISOString();
}
