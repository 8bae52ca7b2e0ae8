import type { RedisSlowlogEntry } from "@logstag/protocol";

/**
 * The entries of every snapshot in the range, newest first. Each snapshot holds only the entries
 * new since the previous one; an entry sent twice (after an agent restart) is shown once.
 */
export function flattenSlowlog(
  snapshots: readonly { rows: readonly RedisSlowlogEntry[] }[],
): RedisSlowlogEntry[] {
  const seen = new Set<string>();
  const entries: RedisSlowlogEntry[] = [];
  for (const snapshot of snapshots) {
    for (const entry of snapshot.rows) {
      const key = `${entry.id}@${entry.at}`;
      if (seen.has(key)) continue;
      seen.add(key);
      entries.push(entry);
    }
  }
  return entries.sort((a, b) => Date.parse(b.at) - Date.parse(a.at) || b.id - a.id);
}

/** "addr (name)", the name alone, or the address alone. */
export function describeClient(
  entry: Pick<RedisSlowlogEntry, "clientAddr" | "clientName">,
): string {
  const { clientAddr: addr, clientName: name } = entry;
  if (addr && name) return `${name} (${addr})`;
  return name || addr || "–";
}

/** Slow log durations: "850 µs", "12.5 ms", "2.1 s". */
export function formatMicroseconds(us: number): string {
  if (us < 1000) return `${Math.round(us)} µs`;
  if (us < 1_000_000) return `${Number((us / 1000).toFixed(1))} ms`;
  return `${Number((us / 1_000_000).toFixed(1))} s`;
}

export interface ErrorRow {
  error: string;
  count: number | null;
  perSecond: number | null;
}

/** Error replies by prefix over the range, most first. */
export function toErrorRows(
  rows: readonly {
    key: string;
    values: Record<string, { increase: number | null; rate: number | null }>;
  }[],
): ErrorRow[] {
  return rows
    .map((row) => ({
      error: row.key,
      count: row.values["redis.errors"]?.increase ?? null,
      perSecond: row.values["redis.errors"]?.rate ?? null,
    }))
    .filter((row) => (row.count ?? 0) > 0)
    .sort((a, b) => (b.count ?? 0) - (a.count ?? 0) || a.error.localeCompare(b.error));
}
