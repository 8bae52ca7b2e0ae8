const UNITS = new Map([
  ["b", 1],
  ["kb", 1000],
  ["mb", 1000 ** 2],
  ["gb", 1000 ** 3],
  ["kib", 1024],
  ["mib", 1024 ** 2],
  ["gib", 1024 ** 3],
]);
const PATTERN = /^(\d+(?:\.\d+)?)\s*([kmg]i?b|b)$/i;

export const SIZE_HINT = 'use a size like "500MB", "2GiB" or a whole number of bytes';

/** "100MB", "1GiB", or a whole number of bytes → bytes; undefined if malformed. */
export function parseSize(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isInteger(value) && value > 0 ? value : undefined;
  if (typeof value !== "string") return undefined;
  const match = PATTERN.exec(value.trim());
  const factor = UNITS.get((match?.[2] ?? "").toLowerCase());
  if (!match || factor === undefined) return undefined;
  const bytes = Math.round(Number(match[1]) * factor);
  return bytes > 0 ? bytes : undefined;
}
