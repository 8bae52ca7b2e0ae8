import type { ReportSchedule, ScheduleBody } from "@logstag/api-contract";
import { withTransaction } from "../../store/db.ts";
import { insertSchedule } from "../../store/report-schedules.ts";
import { auditActorOf, recordAudit } from "../audit/record-audit.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { scheduleFields } from "./schedule-fields.ts";
import { toSchedule } from "./to-schedule.ts";

export async function createSchedule({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: ScheduleBody;
}): Promise<ReportSchedule> {
  authorize(ctx, "reports.manage");
  return withTransaction(ctx.db, async (tx) => {
    const fields = await scheduleFields(tx, ctx.orgId, input);
    const schedule = toSchedule(
      await insertSchedule(tx, ctx.orgId, fields, auditActorOf(ctx.actor).label),
    );
    await recordAudit(tx, ctx, {
      action: "report_schedule.created",
      resourceType: "report_schedule",
      resourceId: schedule.id,
      after: fields,
    });
    return schedule;
  });
}
