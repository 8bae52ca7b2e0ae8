import type { ScheduleListResponse } from "@logstag/api-contract";
import { listSchedules as listStored } from "../../store/report-schedules.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { toSchedule } from "./to-schedule.ts";

export async function listSchedules({
  ctx,
  mailConfigured,
}: {
  ctx: Ctx;
  input?: undefined;
  mailConfigured: boolean;
}): Promise<ScheduleListResponse> {
  authorize(ctx, "reports.read");
  return { schedules: (await listStored(ctx.db, ctx.orgId)).map(toSchedule), mailConfigured };
}
