import type { Segment, Tier } from "../../store/series.ts";
import type { RetentionDays } from "../../timeseries-config.ts";

const MINUTE = 60;
const HOUR = 3600;
const DAY = 86_400;

/**
 * Rounds a step so a rollup can serve it: steps of a minute or more become whole minutes, of an
 * hour or more whole hours; a range reaching past a tier's retention moves to the next tier.
 */
export function fitStepToTiers(
  step: number,
  start: number,
  now: number,
  retentionDays: RetentionDays,
): number {
  let s = step;
  if (s >= MINUTE && s % MINUTE !== 0) s = Math.ceil(s / MINUTE) * MINUTE;
  if (s >= HOUR && s % HOUR !== 0) s = Math.ceil(s / HOUR) * HOUR;
  if (s < MINUTE && start < now - retentionDays.raw * DAY) s = MINUTE;
  if (s % HOUR !== 0 && start < now - retentionDays["1m"] * DAY) s = Math.ceil(s / HOUR) * HOUR;
  return s;
}

/** The coarsest tier whose buckets fit a whole number of times into the step. */
export function tierForStep(step: number): Tier {
  if (step % HOUR === 0) return "1h";
  if (step % MINUTE === 0) return "1m";
  return "raw";
}

/**
 * Splits [start, end) by what is rolled up: the chosen tier up to its watermark, then finer tiers,
 * then raw points for the newest part that no rollup covers yet.
 */
export function planSegments(
  tier: Tier,
  start: number,
  end: number,
  rolledUntil: { "1m": number | null; "1h": number | null },
): Segment[] {
  const chain: ("1h" | "1m")[] = tier === "1h" ? ["1h", "1m"] : tier === "1m" ? ["1m"] : [];
  const segments: Segment[] = [];
  let cursor = start;
  for (const t of chain) {
    const until = rolledUntil[t];
    if (until === null || until <= cursor) continue;
    const to = Math.min(until, end);
    segments.push({ tier: t, from: cursor, to });
    cursor = to;
    if (cursor >= end) return segments;
  }
  segments.push({ tier: "raw", from: cursor, to: end });
  return segments;
}
