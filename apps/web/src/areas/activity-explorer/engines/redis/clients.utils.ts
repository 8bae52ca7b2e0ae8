import type { SeriesResponse } from "@logstag/api-contract";
import type { RedisClient } from "@logstag/protocol";
import type { ChartData, ChartSeries } from "../../../../components/time-series-chart.utils.ts";

export const CLIENT_METRICS = ["redis.clients.connected", "redis.clients.blocked"] as const;

/** Stacked layers that add up to the connected clients: blocked ones, then the others. */
export function buildClientsChart(response: SeriesResponse): ChartData {
  const find = (metric: string) => response.series.find((s) => s.metric === metric)?.values;
  const connected = find("redis.clients.connected");
  const blocked = find("redis.clients.blocked");
  const series: ChartSeries[] = [];
  if (blocked) series.push({ label: "blocked", values: blocked, color: "red" });
  if (connected) {
    const others = connected.map((total, i) => {
      if (total === null) return null;
      return Math.max(0, total - (blocked?.[i] ?? 0));
    });
    series.push({ label: "not blocked", values: others, color: "blue" });
  }
  return { timestamps: response.timestamps, series };
}

export interface ClientFilters {
  search: string;
  db: string | null;
  command: string | null;
  blockedOnly: boolean;
}

export const NO_CLIENT_FILTERS: ClientFilters = {
  search: "",
  db: null,
  command: null,
  blockedOnly: false,
};

export function hasClientFilters(f: ClientFilters): boolean {
  return f.search.trim() !== "" || f.db !== null || f.command !== null || f.blockedOnly;
}

/** The command a client ran last, by name only; `-` for a client that has not run one. */
export function commandOf(client: Pick<RedisClient, "cmd">): string {
  return client.cmd && client.cmd !== "NULL" ? client.cmd : "-";
}

export function filterClients(clients: readonly RedisClient[], f: ClientFilters): RedisClient[] {
  const needle = f.search.trim().toLowerCase();
  return clients.filter(
    (c) =>
      (needle === "" ||
        (c.name ?? "").toLowerCase().includes(needle) ||
        c.addr.toLowerCase().includes(needle) ||
        (c.user ?? "").toLowerCase().includes(needle)) &&
      (f.db === null || String(c.db) === f.db) &&
      (f.command === null || commandOf(c) === f.command) &&
      (!f.blockedOnly || c.blocked),
  );
}

export interface Count {
  key: string;
  count: number;
}

/** Clients per value, most first, then by value. */
function countBy(clients: readonly RedisClient[], key: (c: RedisClient) => string): Count[] {
  const counts = new Map<string, number>();
  for (const client of clients) counts.set(key(client), (counts.get(key(client)) ?? 0) + 1);
  return [...counts]
    .map(([k, count]) => ({ key: k, count }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key, undefined, { numeric: true }));
}

export function countByCommand(clients: readonly RedisClient[]): Count[] {
  return countBy(clients, commandOf);
}

export function countByDb(clients: readonly RedisClient[]): Count[] {
  return countBy(clients, (c) => String(c.db));
}

/** What the client holds in memory: tot-mem when the server reports it, else its buffers. */
export function clientMemory(c: RedisClient): number {
  return c.totalMemoryBytes ?? c.queryBufferBytes + c.outputMemoryBytes;
}

/** Flags worth a word; `N` (no special flag) says nothing. */
const FLAG_NAMES: Record<string, string> = {
  b: "blocked",
  x: "in MULTI",
  S: "replica",
  M: "primary",
  P: "pub/sub",
  t: "tracking",
  c: "closing",
  d: "watched key changed",
  O: "monitor",
};

export function describeFlags(flags: string): string[] {
  return [...flags].map((f) => FLAG_NAMES[f]).filter((name): name is string => !!name);
}
