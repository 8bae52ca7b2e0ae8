import type { Granularity } from "./partitioned-tables.ts";

const DAY_MS = 86_400_000;

/** Start (UTC) of the day or month containing `t`. */
export function periodStart(granularity: Granularity, t: Date): Date {
  if (granularity === "day") return new Date(Math.floor(t.getTime() / DAY_MS) * DAY_MS);
  return new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), 1));
}

export function nextPeriod(granularity: Granularity, start: Date): Date {
  if (granularity === "day") return new Date(start.getTime() + DAY_MS);
  return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
}

/** Starts of every period overlapping [from, to]. */
export function periodsBetween(granularity: Granularity, from: Date, to: Date): Date[] {
  const out: Date[] = [];
  for (let p = periodStart(granularity, from); p <= to; p = nextPeriod(granularity, p)) out.push(p);
  return out;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** `points_p20250131` for a day, `points_1h_p202501` for a month. */
export function partitionName(table: string, granularity: Granularity, start: Date): string {
  const ym = `${start.getUTCFullYear()}${pad(start.getUTCMonth() + 1)}`;
  return `${table}_p${granularity === "day" ? ym + pad(start.getUTCDate()) : ym}`;
}

/** The period a partition name stands for, or undefined for a table not named by this scheme. */
export function parsePartitionName(
  table: string,
  granularity: Granularity,
  name: string,
): Date | undefined {
  const digits = granularity === "day" ? 8 : 6;
  const m = new RegExp(`^${table}_p(\\d{${digits}})$`).exec(name);
  if (!m) return undefined;
  const s = m[1] as string;
  const start = new Date(
    Date.UTC(
      Number(s.slice(0, 4)),
      Number(s.slice(4, 6)) - 1,
      digits === 8 ? Number(s.slice(6)) : 1,
    ),
  );
  return partitionName(table, granularity, start) === name ? start : undefined;
}

/**
 * Periods to keep under a retention of `days`: a period is dropped once all of it is older than
 * `now - days`, so the first kept period is the one containing that instant.
 */
export function firstRetainedPeriod(granularity: Granularity, now: Date, days: number): Date {
  return periodStart(granularity, new Date(now.getTime() - days * DAY_MS));
}
