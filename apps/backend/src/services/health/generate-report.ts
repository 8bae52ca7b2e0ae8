import { randomUUID } from "node:crypto";
import type { HealthReport, HealthReportTrigger } from "@logstag/api-contract";
import { buildReport } from "../../health/build-report.ts";
import { runChecks } from "../../health/run-checks.ts";
import { withTransaction } from "../../store/db.ts";
import { insertReport, latestReports } from "../../store/health-reports.ts";
import { findTarget } from "../../store/inventory.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { badRequest, notFound } from "../errors.ts";
import { healthChecksOf } from "./health-checks-of.ts";
import { HEALTH_WINDOW_HOURS, loadHealthInput } from "./load-health-input.ts";
import { mutesByCheck } from "./mutes-by-check.ts";
import { parseStoredReport } from "./stored-report.ts";

/** Runs the target engine's checks on its stored data and keeps the report. */
export async function generateReport({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { targetId: string; trigger?: HealthReportTrigger; now?: Date };
}): Promise<HealthReport> {
  authorize(ctx, "reports.manage");
  const target = await findTarget(ctx.db, ctx.orgId, input.targetId);
  if (!target) throw notFound("target");
  const checks = healthChecksOf(target.engine);
  if (checks.length === 0)
    throw badRequest(`Logstag has no health checks for ${target.engine} targets yet`);
  const now = input.now ?? new Date();
  const data = await loadHealthInput(ctx, target, checks, now);
  const run = runChecks(checks, data);
  return withTransaction(ctx.db, async (tx) => {
    const [previousRow] = await latestReports(tx, ctx.orgId, [target.id]);
    const report = buildReport(
      {
        id: randomUUID(),
        target: {
          id: target.id,
          name: target.name,
          engine: target.engine,
          version: target.version,
          endpoint: target.endpoint,
        },
        generatedAt: now,
        trigger: input.trigger ?? "manual",
        dataWindowHours: HEALTH_WINDOW_HOURS,
      },
      run,
      await mutesByCheck(tx, ctx.orgId, target.id, now),
      previousRow ? parseStoredReport(previousRow.report) : null,
    );
    await insertReport(tx, ctx.orgId, {
      id: report.id,
      targetId: target.id,
      generatedAt: now,
      trigger: report.trigger,
      score: report.score,
      report,
    });
    return report;
  });
}
