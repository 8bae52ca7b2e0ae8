import { catalogEngine, PROTOCOL_MODULES } from "./engines/registry.ts";
import type { EngineKind } from "./engines.ts";
import type { MetricDefinition } from "./metric-definition.ts";

export * from "./metric-definition.ts";

/** Every metric of every engine module. */
export const METRIC_CATALOG: readonly MetricDefinition[] = PROTOCOL_MODULES.flatMap(
  (p) => p.metrics,
);

const byName = new Map(METRIC_CATALOG.map((m) => [m.name, m]));

export function findMetric(name: string): MetricDefinition | undefined {
  return byName.get(name);
}

/** The metric when a target of `engine` may report it. */
export function findEngineMetric(name: string, engine: EngineKind): MetricDefinition | undefined {
  const def = byName.get(name);
  return def && def.engine === catalogEngine(engine) ? def : undefined;
}
