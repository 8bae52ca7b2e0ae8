import type { EngineKind } from "./engines.ts";
import type { IntervalGroup } from "./interval-groups.ts";

export type MetricKind = "counter" | "gauge";
export type MetricUnit =
  | "count"
  | "bytes"
  | "seconds"
  | "milliseconds"
  | "microseconds"
  | "percent"
  | "blocks"
  /** A plain quotient, e.g. RSS over used memory. */
  | "ratio";

export interface MetricDefinition {
  /** Dotted name, catalog engine first: `postgres.connections`, `redis.memory.used`. */
  name: string;
  unit: MetricUnit;
  /** counter: cumulative, only meaningful as a rate; gauge: a level. */
  kind: MetricKind;
  /** The engine whose catalog defines it (Valkey targets report Redis's catalog). */
  engine: EngineKind;
  group: IntervalGroup;
  /** Label keys a sample may carry; any other key is rejected. */
  labels: readonly string[];
  description: string;
}

export type MetricEntry = [
  name: string,
  unit: MetricUnit,
  kind: MetricKind,
  labels: readonly string[],
  description: string,
];

/** Compact catalog rows → definitions named `<engine>.<name>`. */
export function defineMetrics(
  engine: EngineKind,
  group: IntervalGroup,
  entries: MetricEntry[],
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
