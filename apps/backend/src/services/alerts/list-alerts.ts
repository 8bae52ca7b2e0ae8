import type { Alert } from "@logstag/api-contract";
import { type AlertFilter, listAlertViews } from "../../store/alert-views.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { loadMuting, toAlert } from "./to-alert.ts";

export async function listAlerts({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: AlertFilter;
}): Promise<{ alerts: Alert[] }> {
  authorize(ctx, "alerts.read");
  const [rows, muting] = await Promise.all([
    listAlertViews(ctx.db, ctx.orgId, input),
    loadMuting(ctx),
  ]);
  return { alerts: rows.map((r) => toAlert(r, muting)) };
}
