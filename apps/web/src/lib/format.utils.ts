import { formatCompactNumber } from "../components/time-series-chart.utils.ts";
import { formatDuration, secondsSince } from "./time.utils.ts";

const BYTE_UNITS = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"] as const;

/** "0 B", "512 B", "1.5 KiB", "3.2 GiB": binary units, one decimal below 100. */
export function formatBytes(value: number): string {
  let scaled = Math.abs(value);
  let unit = 0;
  while (scaled >= 1024 && unit < BYTE_UNITS.length - 1) {
    scaled /= 1024;
    unit++;
  }
  const digits = unit === 0 || scaled >= 100 ? 0 : 1;
  const sign = value < 0 ? "-" : "";
  return `${sign}${Number(scaled.toFixed(digits))} ${BYTE_UNITS[unit]}`;
}

export function formatBytesPerSecond(value: number): string {
  return `${formatBytes(value)}/s`;
}

/** "99.4 %"; values that round to 100 but are below it keep a decimal so a miss stays visible. */
export function formatPercent(value: number): string {
  const digits = value >= 99.95 && value < 100 ? 2 : 1;
  return `${Number(value.toFixed(digits))} %`;
}

/** Lag and similar short durations: "0.25 s", "12 s", "3 min 5 s". */
export function formatSeconds(value: number): string {
  if (Math.abs(value) < 60) return `${formatCompactNumber(value)} s`;
  return formatDuration(value);
}

/** Uptime from the server's start time, "–" when the collector has not reported it. */
export function formatUptime(startedAt: string | null, now: Date): string {
  const seconds = secondsSince(startedAt, now);
  return seconds === null ? "–" : formatDuration(seconds);
}
