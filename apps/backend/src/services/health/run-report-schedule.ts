import type { HealthReport } from "@logstag/api-contract";
import type { Db } from "../../store/db.ts";
import { listTargets } from "../../store/inventory.ts";
import { markScheduleRun, type ScheduleRow } from "../../store/report-schedules.ts";
import type { Ctx } from "../context.ts";
import { generateReport } from "./generate-report.ts";
import { healthChecksOf } from "./health-checks-of.ts";
import type { ReportMailer } from "./report-mailer.ts";

/** Makes the schedule's reports now and e-mails them; the outcome is kept on the schedule. */
export async function runReportSchedule(
  db: Db,
  schedule: ScheduleRow & { org_id: string },
  mailer: ReportMailer | undefined,
  now: Date,
): Promise<string> {
  const ctx: Ctx = { db, orgId: schedule.org_id, actor: { kind: "system" } };
  const targets = (await listTargets(db, schedule.org_id)).filter(
    (t) =>
      healthChecksOf(t.engine).length > 0 &&
      (schedule.target_ids.length === 0 || schedule.target_ids.includes(t.id)),
  );
  const reports: HealthReport[] = [];
  for (const t of targets)
    reports.push(
      await generateReport({ ctx, input: { targetId: t.id, trigger: "schedule", now } }),
    );
  let result = `${reports.length} report(s) made`;
  if (schedule.recipients.length > 0 && reports.length > 0) {
    if (!mailer) result += "; not e-mailed: set LOGSTAG_SMTP_URL to send reports";
    else {
      try {
        await mailer({
          to: schedule.recipients,
          scheduleName: schedule.name,
          reports,
          attachments: schedule.attachments,
        });
        result += `, sent to ${schedule.recipients.length} recipient(s)`;
      } catch (err) {
        result += `; e-mail failed: ${err instanceof Error ? err.message : String(err)}`;
      }
    }
  }
  await markScheduleRun(db, schedule.org_id, schedule.id, now, result);
  return result;
}
