import {
  type InstanceState,
  type LifecycleEvent,
  type Observation,
  SEVERITY_RANK,
  type Timing,
} from "./alert-state.ts";

export interface Transition {
  next: InstanceState;
  event: LifecycleEvent | null;
}

const stay = (prev: InstanceState): Transition => ({ next: prev, event: null });

/**
 * The alert lifecycle as a pure function: inactive → pending → firing → resolved, with `for`
 * (pending time), `keep_firing_for` (firing outlives a brief clear), and the no-data policy.
 */
export function nextState(
  prev: InstanceState,
  observed: Observation,
  timing: Timing,
  now: number,
): Transition {
  let obs = observed;
  if (obs.kind === "no_data") {
    if (timing.noData === "keep_last") return stay(prev);
    if (timing.noData === "ok") obs = { kind: "clear" };
    else if (timing.noData === "alert") obs = { kind: "match", severity: timing.noDataSeverity };
    else if (prev.state === "no_data") return stay(prev);
    else
      return {
        next: { state: "no_data", severity: null, since: now, clearSince: null },
        event: "no_data",
      };
  }

  if (obs.kind === "match") {
    const severity = obs.severity;
    switch (prev.state) {
      case "firing": {
        const next = { ...prev, severity, clearSince: null };
        const before = prev.severity ? SEVERITY_RANK[prev.severity] : 0;
        const after = SEVERITY_RANK[severity];
        const event = after > before ? "escalated" : after < before ? "deescalated" : null;
        return { next, event };
      }
      case "pending":
        if (now - prev.since >= timing.forMs)
          return {
            next: { state: "firing", severity, since: now, clearSince: null },
            event: "firing",
          };
        return { next: { ...prev, severity }, event: null };
      default:
        if (timing.forMs <= 0)
          return {
            next: { state: "firing", severity, since: now, clearSince: null },
            event: "firing",
          };
        return {
          next: { state: "pending", severity, since: now, clearSince: null },
          event: "pending",
        };
    }
  }

  switch (prev.state) {
    case "pending":
      return {
        next: { state: "inactive", severity: null, since: now, clearSince: null },
        event: "cancelled",
      };
    case "firing": {
      const clearSince = prev.clearSince ?? now;
      if (now - clearSince >= timing.keepFiringForMs)
        return {
          next: { state: "resolved", severity: prev.severity, since: now, clearSince: null },
          event: "resolved",
        };
      return { next: { ...prev, clearSince }, event: null };
    }
    case "no_data":
      return {
        next: { state: "resolved", severity: null, since: now, clearSince: null },
        event: "resolved",
      };
    default:
      return stay(prev);
  }
}
