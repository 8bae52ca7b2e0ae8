import type { MetricKind } from "@logstag/protocol";

/** What a derived metric describes: a monitored target, or the agent that reports for targets. */
export type DerivedAsset = "target" | "agent";

export interface DerivedMetric {
  name: string;
  kind: MetricKind;
  asset: DerivedAsset;
  labels: readonly string[];
  description: string;
}

/**
 * Metrics the backend derives from what agents report (inventory, collector outcomes), usable in
 * templates beside the catalog. Each holds one sample, stamped with the time it was observed.
 */
export const DERIVED_METRICS: readonly DerivedMetric[] = [
  {
    name: "target.reachable",
    kind: "gauge",
    asset: "target",
    labels: [],
    description:
      "1 when the newest payload reached the target, 0 when the agent could not connect.",
  },
  {
    name: "agent.heartbeat",
    kind: "gauge",
    asset: "agent",
    labels: [],
    description: "1, stamped with the last time the agent sent anything (use age_seconds).",
  },
  {
    name: "agent.collector_failing",
    kind: "gauge",
    asset: "agent",
    labels: ["target", "collector"],
    description: "1 when the collector's newest payload carried an error, else 0.",
  },
  {
    name: "agent.missing_privileges",
    kind: "gauge",
    asset: "agent",
    labels: ["target", "collector"],
    description: "Privileges or settings the collector reported missing in its newest payload.",
  },
];

const byName = new Map(DERIVED_METRICS.map((m) => [m.name, m]));

export function findDerivedMetric(name: string): DerivedMetric | undefined {
  return byName.get(name);
}
