import {
  type Finding,
  HEALTH_CATEGORIES,
  HEALTH_SEVERITIES,
  type HealthCategory,
  type HealthReport,
  type HealthSeverity,
} from "@logstag/api-contract";
import { ENGINE_LABELS } from "@logstag/protocol";

/** What the HTML and PDF renderings share: order, labels, colours, wording. */
export const SEVERITY_COLORS: Record<HealthSeverity, string> = {
  critical: "#b42318",
  high: "#d9480f",
  medium: "#b08800",
  low: "#1c7ed6",
  info: "#5f6b7a",
};

export const CATEGORY_LABELS: Record<HealthCategory, string> = {
  availability: "Availability",
  security: "Security",
  replication: "Replication",
  capacity: "Capacity",
  configuration: "Configuration",
  performance: "Performance",
  maintenance: "Maintenance",
};

export const severityLabel = (s: HealthSeverity) => s.charAt(0).toUpperCase() + s.slice(1);

export function scoreColor(score: number): string {
  if (score >= 90) return "#2b8a3e";
  if (score >= 70) return "#b08800";
  if (score >= 50) return "#d9480f";
  return "#b42318";
}

export function scoreVerdict(score: number): string {
  if (score >= 90) return "Healthy";
  if (score >= 70) return "Needs attention";
  if (score >= 50) return "At risk";
  return "Critical";
}

/** Findings by category (report order), most severe first inside each. */
export function groupFindings(
  report: HealthReport,
): { category: HealthCategory; findings: Finding[] }[] {
  return HEALTH_CATEGORIES.map((category) => ({
    category,
    findings: report.findings
      .filter((f) => f.category === category)
      .sort(
        (a, b) =>
          HEALTH_SEVERITIES.indexOf(a.severity) - HEALTH_SEVERITIES.indexOf(b.severity) ||
          b.baseWeight - a.baseWeight,
      ),
  })).filter((g) => g.findings.length > 0);
}

export function engineLabel(report: HealthReport): string {
  return ENGINE_LABELS[report.target.engine] ?? report.target.engine;
}

export const formatTime = (iso: string) => `${iso.slice(0, 16).replace("T", " ")} UTC`;

/** One line on what changed since the previous report. */
export function diffSentence(report: HealthReport): string {
  const d = report.diff;
  if (!d.previousReportId || !d.previousGeneratedAt) return "First report for this target.";
  const delta = report.score - (d.previousScore ?? report.score);
  const trend = delta === 0 ? "unchanged" : delta > 0 ? `up ${delta}` : `down ${-delta}`;
  return `Since ${formatTime(d.previousGeneratedAt)}: score ${trend} (${d.previousScore} → ${report.score}); ${d.new.length} new, ${d.resolved.length} resolved, ${d.unchanged.length} unchanged finding(s).`;
}

export function findingTitle(report: HealthReport, checkId: string): string {
  return report.findings.find((f) => f.checkId === checkId)?.title ?? checkId;
}
