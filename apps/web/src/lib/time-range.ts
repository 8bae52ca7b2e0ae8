export const TIME_RANGES = [
  { key: "15m", label: "15 min", seconds: 15 * 60 },
  { key: "1h", label: "1 h", seconds: 3600 },
  { key: "6h", label: "6 h", seconds: 6 * 3600 },
  { key: "24h", label: "24 h", seconds: 24 * 3600 },
  { key: "7d", label: "7 d", seconds: 7 * 86_400 },
  { key: "30d", label: "30 d", seconds: 30 * 86_400 },
] as const;

export type TimeRangeKey = (typeof TIME_RANGES)[number]["key"];

export const DEFAULT_TIME_RANGE: TimeRangeKey = "1h";

export function parseTimeRangeKey(value: string | null): TimeRangeKey {
  return TIME_RANGES.find((range) => range.key === value)?.key ?? DEFAULT_TIME_RANGE;
}

/** The window ending now, as ISO strings for the series API. */
export function resolveTimeWindow(key: TimeRangeKey, now: Date): { from: string; to: string } {
  const seconds = TIME_RANGES.find((range) => range.key === key)?.seconds ?? 3600;
  return {
    from: new Date(now.getTime() - seconds * 1000).toISOString(),
    to: now.toISOString(),
  };
}
