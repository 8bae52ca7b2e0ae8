import type { ReportSchedule, ScheduleBody } from "@logstag/api-contract";
import { withTransaction } from "../../store/db.ts";
import { findSchedule, updateSchedule as updateStored } from "../../store/report-schedules.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { notFound } from "../errors.ts";
import { scheduleFields } from "./schedule-fields.ts";
import { toSchedule } from "./to-schedule.ts";

export async function updateSchedule({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: ScheduleBody & { scheduleId: string };
}): Promise<ReportSchedule> {
  authorize(ctx, "reports.manage");
  const { scheduleId, ...body } = input;
  return withTransaction(ctx.db, async (tx) => {
    const before = await findSchedule(tx, ctx.orgId, scheduleId);
    if (!before) throw notFound("report schedule");
    const fields = await scheduleFields(tx, ctx.orgId, body);
    const row = await updateStored(tx, ctx.orgId, scheduleId, fields);
    if (!row) throw notFound("report schedule");
    const schedule = toSchedule(row);
    await recordAudit(tx, ctx, {
      action: "report_schedule.changed",
      resourceType: "report_schedule",
      resourceId: schedule.id,
      before: toSchedule(before),
      after: fields,
    });
    return schedule;
  });
}
