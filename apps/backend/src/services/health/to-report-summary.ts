import type { ReportSummary } from "@logstag/api-contract";
import type { StoredReport } from "../../store/health-reports.ts";
import { parseStoredReport } from "./stored-report.ts";

export function toReportSummary(row: StoredReport): ReportSummary {
  const report = parseStoredReport(row.report);
  return {
    id: report.id,
    targetId: report.target.id,
    targetName: report.target.name,
    engine: report.target.engine,
    generatedAt: report.generatedAt,
    trigger: report.trigger,
    score: report.score,
    counts: report.counts,
    worst: report.findings
      .filter((f) => !f.muted)
      .slice(0, 3)
      .map((f) => ({
        checkId: f.checkId,
        title: f.title,
        severity: f.severity,
        category: f.category,
      })),
  };
}
