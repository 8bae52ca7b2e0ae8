const UNITS_MS = new Map([
  ["ms", 1],
  ["s", 1000],
  ["m", 60_000],
  ["h", 3_600_000],
]);
const PATTERN = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)$/;

export const DURATION_HINT = 'use a duration like "500ms", "10s", "5m", "4h" or whole seconds';

/** "500ms", "10s", "5m", "4h", or a whole number of seconds → milliseconds; undefined if malformed. */
export function parseDuration(value: unknown): number | undefined {
  if (typeof value === "number") {
    return Number.isInteger(value) && value > 0 ? value * 1000 : undefined;
  }
  if (typeof value !== "string") return undefined;
  const match = PATTERN.exec(value.trim());
  if (!match) return undefined;
  const factor = UNITS_MS.get(match[2] ?? "");
  const ms = factor === undefined ? 0 : Math.round(Number(match[1]) * factor);
  return ms > 0 ? ms : undefined;
}

export function formatDuration(ms: number): string {
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000}h`;
  if (ms % 60_000 === 0) return `${ms / 60_000}m`;
  if (ms % 1000 === 0) return `${ms / 1000}s`;
  return `${ms}ms`;
}
