import { withTransaction } from "../../store/db.ts";
import { deleteSchedule as deleteStored } from "../../store/report-schedules.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { notFound } from "../errors.ts";
import { toSchedule } from "./to-schedule.ts";

export async function deleteSchedule({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { scheduleId: string };
}): Promise<{ ok: true }> {
  authorize(ctx, "reports.manage");
  return withTransaction(ctx.db, async (tx) => {
    const row = await deleteStored(tx, ctx.orgId, input.scheduleId);
    if (!row) throw notFound("report schedule");
    await recordAudit(tx, ctx, {
      action: "report_schedule.deleted",
      resourceType: "report_schedule",
      resourceId: row.id,
      before: toSchedule(row),
    });
    return { ok: true as const };
  });
}
