import type { EngineKind } from "./engines.ts";
import type { IntervalGroup } from "./interval-groups.ts";

export type MetricKind = "counter" | "gauge";
export type MetricUnit = "count" | "bytes" | "seconds" | "milliseconds" | "percent" | "blocks";

export interface MetricDefinition {
  /** Dotted name, engine first: `postgres.connections`. */
  name: string;
  unit: MetricUnit;
  /** counter: cumulative, only meaningful as a rate; gauge: a level. */
  kind: MetricKind;
  engine: EngineKind;
  group: IntervalGroup;
  /** Label keys a sample may carry; any other key is rejected. */
  labels: readonly string[];
  description: string;
}

type Entry = [
  name: string,
  unit: MetricUnit,
  kind: MetricKind,
  labels: readonly string[],
  description: string,
];

function defineMetrics(
  engine: EngineKind,
  group: IntervalGroup,
  entries: Entry[],
): MetricDefinition[] {
  return entries.map(([name, unit, kind, labels, description]) => ({
    name: `${engine}.${name}`,
    unit,
    kind,
    engine,
    group,
    labels,
    description,
  }));
}

const DB = ["database"] as const;

export const METRIC_CATALOG: readonly MetricDefinition[] = [
  ...defineMetrics("postgres", "high", [
    [
      "connections",
      "count",
      "gauge",
      ["state"],
      "Client backends by state (active, idle, idle in transaction, …).",
    ],
    ["connections.max", "count", "gauge", [], "The server's max_connections setting."],
    ["uptime", "seconds", "gauge", [], "Seconds since the postmaster started."],
  ]),
  ...defineMetrics("postgres", "medium", [
    ["database.xact_commit", "count", "counter", DB, "Transactions committed."],
    ["database.xact_rollback", "count", "counter", DB, "Transactions rolled back."],
    ["database.blks_read", "blocks", "counter", DB, "Disk blocks read (cache misses)."],
    ["database.blks_hit", "blocks", "counter", DB, "Buffer cache hits."],
    [
      "database.tup_returned",
      "count",
      "counter",
      DB,
      "Rows returned by sequential and index scans.",
    ],
    ["database.tup_fetched", "count", "counter", DB, "Rows fetched by index scans."],
    ["database.tup_inserted", "count", "counter", DB, "Rows inserted."],
    ["database.tup_updated", "count", "counter", DB, "Rows updated."],
    ["database.tup_deleted", "count", "counter", DB, "Rows deleted."],
    ["database.temp_files", "count", "counter", DB, "Temporary files created by queries."],
    ["database.temp_bytes", "bytes", "counter", DB, "Bytes written to temporary files."],
    ["database.deadlocks", "count", "counter", DB, "Deadlocks detected."],
    [
      "database.conflicts",
      "count",
      "counter",
      DB,
      "Queries cancelled by recovery conflicts (standbys).",
    ],
    ["database.numbackends", "count", "gauge", DB, "Backends connected to the database."],
  ]),
];

const byName = new Map(METRIC_CATALOG.map((m) => [m.name, m]));

export function findMetric(name: string): MetricDefinition | undefined {
  return byName.get(name);
}
