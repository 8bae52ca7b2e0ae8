import type { HealthReport } from "@logstag/api-contract";
import { generateReport } from "../services/health/generate-report.ts";
import type { Db } from "../store/db.ts";

/**
 * Generates a report as the scheduler would, at a chosen moment: tests shift time forward
 * instead of waiting for a session to stay idle for minutes.
 */
export function generateReportAt(
  db: Db,
  orgId: string,
  targetId: string,
  now: Date,
): Promise<HealthReport> {
  return generateReport({
    ctx: { db, orgId, actor: { kind: "system" } },
    input: { targetId, trigger: "schedule", now },
  });
}
