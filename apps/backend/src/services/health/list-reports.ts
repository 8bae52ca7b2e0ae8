import type { ReportListResponse } from "@logstag/api-contract";
import { listReports as listStored, type ReportFilter } from "../../store/health-reports.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { toReportSummary } from "./to-report-summary.ts";

/** Reports across the organization's targets, newest first. */
export async function listReports({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: ReportFilter;
}): Promise<ReportListResponse> {
  authorize(ctx, "reports.read");
  const rows = await listStored(ctx.db, ctx.orgId, input);
  return { reports: rows.map(toReportSummary) };
}
