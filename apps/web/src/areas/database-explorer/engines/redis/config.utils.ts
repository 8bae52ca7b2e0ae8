import type { RedisConfig } from "@logstag/protocol";

/** Parameters whose name or value contains the search, by name. */
export function filterConfig(rows: readonly RedisConfig[], search: string): RedisConfig[] {
  const needle = search.trim().toLowerCase();
  return rows
    .filter(
      (row) =>
        needle === "" ||
        row.name.toLowerCase().includes(needle) ||
        (row.value ?? "").toLowerCase().includes(needle),
    )
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The agent masks secrets with asterisks; the page says so instead of showing them. */
export function isMasked(value: string | null): boolean {
  return value !== null && /^\*+$/.test(value);
}
