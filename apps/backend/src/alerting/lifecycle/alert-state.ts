import type { NoDataPolicy, Severity } from "../templates/template-schema.ts";

export const ALERT_STATES = ["inactive", "pending", "firing", "resolved", "no_data"] as const;
export type AlertState = (typeof ALERT_STATES)[number];

/** What an instance remembers between evaluations (stored, so a restart resumes it). */
export interface InstanceState {
  state: AlertState;
  severity: Severity | null;
  /** When the current state began (epoch ms). */
  since: number;
  /** While firing: when the condition first stopped holding (for keep_firing_for). */
  clearSince: number | null;
}

/** What one evaluation saw for an instance. */
export type Observation =
  | { kind: "match"; severity: Severity }
  | { kind: "clear" }
  | { kind: "no_data" };

export interface Timing {
  forMs: number;
  keepFiringForMs: number;
  noData: NoDataPolicy;
  /** The severity a no-data observation fires with under the `alert` policy. */
  noDataSeverity: Severity;
}

/** Transitions worth a record in the history; the notifying ones are in NOTIFYING_EVENTS. */
export type LifecycleEvent =
  | "pending"
  | "cancelled"
  | "firing"
  | "escalated"
  | "deescalated"
  | "resolved"
  | "no_data";

export const NOTIFYING_EVENTS: ReadonlySet<LifecycleEvent> = new Set([
  "firing",
  "escalated",
  "resolved",
  "no_data",
]);

export const SEVERITY_RANK: Record<Severity, number> = { info: 1, warning: 2, critical: 3 };

export const INACTIVE: InstanceState = {
  state: "inactive",
  severity: null,
  since: 0,
  clearSince: null,
};
