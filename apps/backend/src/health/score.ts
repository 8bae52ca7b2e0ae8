import {
  CATEGORY_FACTORS,
  type Finding,
  type FindingMute,
  HEALTH_SEVERITIES,
  type HealthCategory,
  type HealthSeverity,
  SEVERITY_POINTS,
} from "@logstag/api-contract";

export const SCORE_RULE =
  "score = 100 − Σ weight of findings not muted (never below 0); weight = severity points × category factor";

export function weightOf(severity: HealthSeverity, category: HealthCategory): number {
  return Math.round(SEVERITY_POINTS[severity] * CATEGORY_FACTORS[category] * 10) / 10;
}

export function scoreOf(findings: readonly Pick<Finding, "weight">[]): number {
  const lost = findings.reduce((sum, f) => sum + f.weight, 0);
  return Math.max(0, Math.min(100, Math.round(100 - lost)));
}

/** Worst first: heavier, then more severe, then by check id for a stable order. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    b.weight - a.weight ||
    b.baseWeight - a.baseWeight ||
    HEALTH_SEVERITIES.indexOf(a.severity) - HEALTH_SEVERITIES.indexOf(b.severity) ||
    a.checkId.localeCompare(b.checkId)
  );
}

/** Applies the mutes active at `now` (by check id) to findings: a muted finding weighs nothing. */
export function applyMutes(
  findings: readonly Finding[],
  mutes: ReadonlyMap<string, FindingMute>,
  now: Date,
): Finding[] {
  return findings
    .map((f) => {
      const mute = mutes.get(f.checkId);
      const active = mute && Date.parse(mute.until) > now.getTime() ? mute : null;
      return { ...f, muted: active, weight: active ? 0 : f.baseWeight };
    })
    .sort(compareFindings);
}
