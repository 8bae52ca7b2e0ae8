import {
  CATEGORY_FACTORS,
  type FindingMute,
  type HealthReport,
  type HealthReportTrigger,
  SEVERITY_POINTS,
} from "@logstag/api-contract";
import type { CheckRun } from "./run-checks.ts";
import { applyMutes, SCORE_RULE, scoreOf, weightOf } from "./score.ts";

export interface ReportMeta {
  id: string;
  target: HealthReport["target"];
  generatedAt: Date;
  trigger: HealthReportTrigger;
  dataWindowHours: number;
}

type PreviousReport = Pick<
  HealthReport,
  "id" | "generatedAt" | "score" | "findings" | "passed" | "notEvaluated"
>;

/** Turns a check run into a report: weights, mutes, score, and the diff with the previous report. */
export function buildReport(
  meta: ReportMeta,
  run: CheckRun,
  mutes: ReadonlyMap<string, FindingMute>,
  previous: PreviousReport | null,
): HealthReport {
  const before = new Set(previous?.findings.map((f) => f.checkId) ?? []);
  const findings = applyMutes(
    run.findings.map((f) => {
      const baseWeight = weightOf(f.severity, f.category);
      return {
        ...f,
        weight: baseWeight,
        baseWeight,
        muted: null,
        change: previous ? (before.has(f.checkId) ? "unchanged" : "new") : null,
      } as const;
    }),
    mutes,
    meta.generatedAt,
  );
  // Resolved means it passes now: a finding whose check could not run this time is not resolved.
  const passing = new Set(run.passed.map((p) => p.checkId));
  return {
    format: "logstag.health-report/v1",
    id: meta.id,
    target: meta.target,
    generatedAt: meta.generatedAt.toISOString(),
    trigger: meta.trigger,
    dataWindowHours: meta.dataWindowHours,
    score: scoreOf(findings),
    scoring: {
      severityPoints: SEVERITY_POINTS,
      categoryFactors: CATEGORY_FACTORS,
      rule: SCORE_RULE,
    },
    counts: {
      checks: findings.length + run.passed.length + run.notEvaluated.length,
      passed: run.passed.length,
      findings: findings.length,
      muted: findings.filter((f) => f.muted).length,
      notEvaluated: run.notEvaluated.length,
    },
    findings,
    passed: run.passed,
    notEvaluated: run.notEvaluated,
    diff: {
      previousReportId: previous?.id ?? null,
      previousGeneratedAt: previous?.generatedAt ?? null,
      previousScore: previous?.score ?? null,
      new: findings.filter((f) => f.change === "new").map((f) => f.checkId),
      resolved: (previous?.findings ?? [])
        .filter((f) => passing.has(f.checkId))
        .map((f) => ({ checkId: f.checkId, title: f.title, category: f.category })),
      unchanged: findings.filter((f) => f.change === "unchanged").map((f) => f.checkId),
    },
  };
}

/** Re-applies mutes to a stored report (a mute made or ended after it was generated). */
export function rescoreReport(
  report: HealthReport,
  mutes: ReadonlyMap<string, FindingMute>,
  now: Date,
): HealthReport {
  const findings = applyMutes(report.findings, mutes, now);
  return {
    ...report,
    findings,
    score: scoreOf(findings),
    counts: { ...report.counts, muted: findings.filter((f) => f.muted).length },
  };
}
