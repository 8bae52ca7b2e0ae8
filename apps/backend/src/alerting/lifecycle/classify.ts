import type { Severity } from "../templates/template-schema.ts";
import { type Observation, SEVERITY_RANK } from "./alert-state.ts";

/** One severity's condition, evaluated for an instance. */
export interface ConditionResult {
  severity: Severity;
  when: boolean | null;
  /** recover_below / recover_above thresholds (null: none, or no data for them). */
  recoverBelow: number | null;
  recoverAbove: number | null;
}

/**
 * Which severity holds now. A condition holds when `when` is true, or, while the instance is
 * already active at that severity or above, until the value crosses its recover threshold
 * (hysteresis). Nothing holding and no value is "no data"; nothing holding otherwise is "clear".
 */
export function classify(
  results: readonly ConditionResult[],
  value: number | null,
  active: Severity | null,
): Observation {
  const ordered = [...results].sort(
    (a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity],
  );
  const activeRank = active ? SEVERITY_RANK[active] : 0;
  for (const c of ordered) {
    if (c.when === true) return { kind: "match", severity: c.severity };
    if (activeRank < SEVERITY_RANK[c.severity] || value === null) continue;
    if (c.recoverBelow !== null && value >= c.recoverBelow)
      return { kind: "match", severity: c.severity };
    if (c.recoverAbove !== null && value <= c.recoverAbove)
      return { kind: "match", severity: c.severity };
  }
  return value === null ? { kind: "no_data" } : { kind: "clear" };
}
