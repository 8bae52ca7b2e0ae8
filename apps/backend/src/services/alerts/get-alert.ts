import type { AlertDetail } from "@logstag/api-contract";
import { listAlertViews, listInstanceEvents } from "../../store/alert-views.ts";
import { listInstanceDeliveries } from "../../store/notification-deliveries.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { notFound } from "../errors.ts";
import { loadMuting, toAlert } from "./to-alert.ts";

/** Where to look next: the Activity Explorer for sessions and locks, else the Database Explorer. */
function explorePath(row: {
  asset_kind: string;
  asset_id: string;
  template_id: string;
}): string | null {
  if (row.asset_kind !== "target") return "/assets";
  const activity = /(transaction|blocked|connection|idle|clients)/.test(row.template_id);
  return `/${activity ? "activity-explorer" : "database-explorer"}?target=${row.asset_id}`;
}

export async function getAlert({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { alertId: string };
}): Promise<AlertDetail> {
  authorize(ctx, "alerts.read");
  const [row] = await listAlertViews(ctx.db, ctx.orgId, { view: "all", ids: [input.alertId] });
  if (!row) throw notFound("alert");
  const [events, deliveries, muting] = await Promise.all([
    listInstanceEvents(ctx.db, ctx.orgId, row.id),
    listInstanceDeliveries(ctx.db, ctx.orgId, row.id),
    loadMuting(ctx),
  ]);
  return {
    ...toAlert(row, muting),
    events: events.map((e) => ({ ...e, at: e.at.toISOString() })),
    deliveries: deliveries.map((d) => ({
      id: d.id,
      channelId: d.channel_id,
      channelName: d.channel_name,
      kind: d.kind,
      status: d.status,
      attempts: d.attempts,
      lastError: d.last_error,
      createdAt: d.created_at.toISOString(),
      sentAt: d.sent_at?.toISOString() ?? null,
    })),
    explorePath: explorePath(row),
  };
}
