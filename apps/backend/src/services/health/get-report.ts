import type { HealthReport } from "@logstag/api-contract";
import { findReport } from "../../store/health-reports.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { notFound } from "../errors.ts";
import { parseStoredReport } from "./stored-report.ts";

export async function getReport({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { reportId: string };
}): Promise<HealthReport> {
  authorize(ctx, "reports.read");
  return readReport(ctx, input.reportId);
}

/** The organization's report, for services that already checked their capability. */
export async function readReport(ctx: Ctx, reportId: string): Promise<HealthReport> {
  const row = await findReport(ctx.db, ctx.orgId, reportId);
  if (!row) throw notFound("report");
  return parseStoredReport(row.report);
}
