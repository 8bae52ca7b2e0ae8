import type { ReportListQuery, ReportSummary } from "@logstag/api-contract";
import type { EngineKind } from "@logstag/protocol";

export const REPORT_PERIODS = [
  { value: "1", label: "Last 24 h" },
  { value: "7", label: "Last 7 days" },
  { value: "30", label: "Last 30 days" },
  { value: "90", label: "Last 90 days" },
  { value: "400", label: "Last 400 days" },
] as const;
export type ReportPeriod = (typeof REPORT_PERIODS)[number]["value"];

/** How many reports one list request asks for. */
export const REPORT_LIST_LIMIT = 500;

export interface ReportFilters {
  targetId: string | null;
  engine: EngineKind | null;
  /** Inclusive score range. */
  score: [number, number];
  period: ReportPeriod;
}

export const DEFAULT_REPORT_FILTERS: ReportFilters = {
  targetId: null,
  engine: null,
  score: [0, 100],
  period: "30",
};

/** The list request: the API filters target, engine, the top of the score range and the period. */
export function toReportListQuery(filters: ReportFilters, now: Date): ReportListQuery {
  const from = new Date(now.getTime() - Number(filters.period) * 86_400_000);
  return {
    ...(filters.targetId ? { targetId: filters.targetId } : {}),
    ...(filters.engine ? { engine: filters.engine } : {}),
    ...(filters.score[1] < 100 ? { maxScore: filters.score[1] } : {}),
    from: from.toISOString(),
    limit: REPORT_LIST_LIMIT,
  };
}

/** The bottom of the score range, which the API has no parameter for. */
export function applyMinScore(
  reports: readonly ReportSummary[],
  filters: ReportFilters,
): ReportSummary[] {
  return reports.filter((r) => r.score >= filters.score[0]);
}

export function hasActiveFilters(filters: ReportFilters): boolean {
  return (
    filters.targetId !== null ||
    filters.engine !== null ||
    filters.score[0] !== 0 ||
    filters.score[1] !== 100
  );
}
