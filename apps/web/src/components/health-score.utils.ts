import type { HealthSeverity } from "@logstag/api-contract";

export interface ScoreLook {
  label: string;
  color: string;
}

/** How a 0–100 health score reads at a glance: the same bands on every page. */
export function scoreLook(score: number | null): ScoreLook {
  if (score === null) return { label: "no report", color: "gray" };
  if (score >= 90) return { label: "good", color: "teal" };
  if (score >= 75) return { label: "fair", color: "yellow" };
  if (score >= 50) return { label: "poor", color: "orange" };
  return { label: "critical", color: "red" };
}

export const SEVERITY_COLORS: Record<HealthSeverity, string> = {
  critical: "red",
  high: "orange",
  medium: "yellow",
  low: "blue",
  info: "gray",
};

/** The Health Check page of a target; with a report id, that report instead of the latest. */
export function healthReportPath(targetId: string, reportId?: string): string {
  const base = `/health-check/${targetId}`;
  return reportId ? `${base}?report=${encodeURIComponent(reportId)}` : base;
}

/** "+4", "−12", "±0" against the score before; null without one. */
export function scoreDelta(score: number, previous: number | null): string | null {
  if (previous === null) return null;
  const delta = score - previous;
  if (delta === 0) return "±0";
  return delta > 0 ? `+${delta}` : `−${Math.abs(delta)}`;
}
