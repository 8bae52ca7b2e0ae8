const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "12 s ago", "4 min ago", "3 h ago", "2 d ago"; "never" when there is no time. */
export function formatRelativeTime(iso: string | null, now: Date): string {
  if (iso === null) return "never";
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return "unknown";
  const seconds = Math.floor((now.getTime() - at) / 1000);
  if (seconds < 5) return "just now";
  return `${formatDuration(seconds, 1)} ago`;
}

/** A duration in the largest units that matter: "45 s", "3 min", "2 h 5 min", "4 d 3 h". */
export function formatDuration(totalSeconds: number, parts = 2): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const units: [number, string][] = [
    [Math.floor(seconds / DAY), "d"],
    [Math.floor((seconds % DAY) / HOUR), "h"],
    [Math.floor((seconds % HOUR) / MINUTE), "min"],
    [seconds % MINUTE, "s"],
  ];
  const first = units.findIndex(([value]) => value > 0);
  if (first === -1) return "0 s";
  return units
    .slice(first, first + parts)
    .filter(([value]) => value > 0)
    .map(([value, unit]) => `${value} ${unit}`)
    .join(" ");
}

/** Seconds between an ISO time and now, or null when the time is missing or unreadable. */
export function secondsSince(iso: string | null, now: Date): number | null {
  if (iso === null) return null;
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return null;
  return Math.max(0, (now.getTime() - at) / 1000);
}

/** Absolute local time for tooltips, e.g. "2025-03-04 14:05:09". */
export function formatAbsoluteTime(iso: string | null): string {
  if (iso === null) return "No time recorded";
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())} ${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}`;
}
