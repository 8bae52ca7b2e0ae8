import type { FleetEntry, FleetResponse } from "@logstag/api-contract";
import { latestReports } from "../../store/health-reports.ts";
import { listTargets } from "../../store/inventory.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { healthChecksOf } from "./health-checks-of.ts";
import { toReportSummary } from "./to-report-summary.ts";

/** Every target with its latest score; lowest scores first, targets without a report last. */
export async function getFleet({ ctx }: { ctx: Ctx; input?: undefined }): Promise<FleetResponse> {
  authorize(ctx, "reports.read");
  const [targets, latest] = await Promise.all([
    listTargets(ctx.db, ctx.orgId),
    latestReports(ctx.db, ctx.orgId, null),
  ]);
  const byTarget = new Map(latest.map((r) => [r.target_id, r]));
  const entries: FleetEntry[] = targets.map((t) => {
    const row = byTarget.get(t.id);
    return {
      targetId: t.id,
      targetName: t.name,
      engine: t.engine,
      supported: healthChecksOf(t.engine).length > 0,
      latest: row ? toReportSummary(row) : null,
      previousScore: row?.previous_score ?? null,
    };
  });
  const rank = (e: FleetEntry) => e.latest?.score ?? 1000 + (e.supported ? 0 : 1);
  return {
    targets: entries.sort((a, b) => rank(a) - rank(b) || a.targetName.localeCompare(b.targetName)),
  };
}
