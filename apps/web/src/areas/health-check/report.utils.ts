import {
  type Finding,
  HEALTH_CATEGORIES,
  HEALTH_SEVERITIES,
  type HealthCategory,
  type HealthReport,
  type HealthSeverity,
  type ScoreHistoryResponse,
} from "@logstag/api-contract";
import { ENGINE_LABELS } from "@logstag/protocol";
import type { ChartData } from "../../components/time-series-chart.utils.ts";
import { versionText } from "../../lib/engines/engine-support.ts";
import { formatAbsoluteTime } from "../../lib/time.utils.ts";

/** "12 × 1.25 = 15": severity points times category factor, as the score counts it. */
export function weightFormula(finding: Finding, scoring: HealthReport["scoring"]): string {
  const points = scoring.severityPoints[finding.severity] ?? 0;
  const factor = scoring.categoryFactors[finding.category] ?? 1;
  return `${points} × ${factor} = ${formatWeight(finding.baseWeight)}`;
}

/** Weights carry one decimal at most: 15, 7.5. */
export function formatWeight(weight: number): string {
  return String(Math.round(weight * 10) / 10);
}

export interface ScoreBreakdown {
  /** Points taken off by findings that are not muted. */
  lost: number;
  /** Points muted findings would take off. */
  mutedWeight: number;
  score: number;
}

export function scoreBreakdown(report: HealthReport): ScoreBreakdown {
  let lost = 0;
  let mutedWeight = 0;
  for (const f of report.findings) {
    if (f.muted) mutedWeight += f.baseWeight;
    else lost += f.weight;
  }
  return { lost: round1(lost), mutedWeight: round1(mutedWeight), score: report.score };
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

export interface CategoryGroup {
  category: HealthCategory;
  findings: Finding[];
  /** Weight of its findings that are not muted. */
  weight: number;
}

/** Findings per category (in the contract's order), each most severe first; empty categories left out. */
export function groupFindings(findings: readonly Finding[]): CategoryGroup[] {
  return HEALTH_CATEGORIES.map((category) => {
    const inCategory = findings
      .filter((f) => f.category === category)
      .sort(
        (a, b) =>
          severityRank(a.severity) - severityRank(b.severity) ||
          b.baseWeight - a.baseWeight ||
          a.title.localeCompare(b.title),
      );
    return { category, findings: inCategory, weight: round1(sum(inCategory.map((f) => f.weight))) };
  }).filter((group) => group.findings.length > 0);
}

function severityRank(severity: HealthSeverity): number {
  return HEALTH_SEVERITIES.indexOf(severity);
}

function sum(values: readonly number[]): number {
  return values.reduce((total, v) => total + v, 0);
}

/** How many findings of each severity, muted ones left out; severities with none are dropped. */
export function countBySeverity(findings: readonly Finding[]): [HealthSeverity, number][] {
  return HEALTH_SEVERITIES.map((s): [HealthSeverity, number] => [
    s,
    findings.filter((f) => !f.muted && f.severity === s).length,
  ]).filter(([, n]) => n > 0);
}

export interface DiffView {
  firstReport: boolean;
  previousScore: number | null;
  previousGeneratedAt: string | null;
  added: Finding[];
  resolved: HealthReport["diff"]["resolved"];
  unchanged: Finding[];
}

/** The diff with the previous report, with the findings themselves instead of check ids. */
export function diffView(report: HealthReport): DiffView {
  const { diff } = report;
  const byCheck = new Map(report.findings.map((f) => [f.checkId, f]));
  const pick = (ids: readonly string[]) => ids.flatMap((id) => byCheck.get(id) ?? []);
  return {
    firstReport: diff.previousReportId === null,
    previousScore: diff.previousScore,
    previousGeneratedAt: diff.previousGeneratedAt,
    added: pick(diff.new),
    resolved: diff.resolved,
    unchanged: pick(diff.unchanged),
  };
}

/** One line for the score chart; epoch seconds on the time axis. */
export function scoreHistoryChart(history: ScoreHistoryResponse): ChartData {
  return {
    timestamps: history.points.map((p) => Math.floor(Date.parse(p.generatedAt) / 1000)),
    series: [{ label: "Score", values: history.points.map((p) => p.score), color: "blue" }],
  };
}

/** "critical 25 · high 12 · …" and "availability ×1.25 · …", in the contract's order. */
export function scoringLegend(scoring: HealthReport["scoring"]): {
  points: string;
  factors: string;
} {
  return {
    points: HEALTH_SEVERITIES.map((s) => `${s} ${scoring.severityPoints[s] ?? 0}`).join(" · "),
    factors: HEALTH_CATEGORIES.map((c) => `${c} ×${scoring.categoryFactors[c] ?? 1}`).join(" · "),
  };
}

/** "100 − 37.5 = 63 (rounded)"; the score never goes below 0. */
export function scoreEquation(lost: number, score: number): string {
  const exact = 100 - lost;
  const note = exact < 0 ? " (never below 0)" : Number.isInteger(exact) ? "" : " (rounded)";
  return `100 − ${formatWeight(lost)} = ${score}${note}`;
}

/** What a weight takes off the score: "−7.5", or "0" for info findings. */
export function deductionText(weight: number): string {
  return weight === 0 ? "0" : `−${formatWeight(weight)}`;
}

/** "PostgreSQL 18.4 · 2025-03-04 10:00:00, on demand, from the 24 h before". */
export function reportSubtitle(report: HealthReport): string {
  const engine =
    versionText(report.target.engine, report.target.version) ?? ENGINE_LABELS[report.target.engine];
  const how = report.trigger === "manual" ? "on demand" : "on schedule";
  return `${engine} · report of ${formatAbsoluteTime(report.generatedAt)}, made ${how} from the data of the ${report.dataWindowHours} h before`;
}
