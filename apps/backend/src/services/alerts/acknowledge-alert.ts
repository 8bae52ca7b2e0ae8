import type { Alert } from "@logstag/api-contract";
import { insertAlertEvents } from "../../store/alert-instances.ts";
import { acknowledgeInstance, listAlertViews } from "../../store/alert-views.ts";
import { withTransaction } from "../../store/db.ts";
import { auditActorOf, recordAudit } from "../audit/record-audit.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { badRequest, notFound } from "../errors.ts";
import { loadMuting, toAlert } from "./to-alert.ts";

/** Acknowledges an open alert: who, when, why; repeats stop until its state changes. */
export async function acknowledgeAlert({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { alertId: string; comment?: string | undefined };
}): Promise<Alert> {
  authorize(ctx, "alerts.operate");
  const by = auditActorOf(ctx.actor).label;
  await withTransaction(ctx.db, async (tx) => {
    const [row] = await listAlertViews(tx, ctx.orgId, { view: "all", ids: [input.alertId] });
    if (!row) throw notFound("alert");
    if (!["pending", "firing", "no_data"].includes(row.state))
      throw badRequest(`the alert is ${row.state}; only open alerts can be acknowledged`);
    await acknowledgeInstance(tx, ctx.orgId, row.id, by, input.comment ?? null);
    await insertAlertEvents(tx, ctx.orgId, [
      {
        instanceId: row.id,
        ruleId: row.rule_id,
        at: new Date(),
        event: "acknowledged",
        state: row.state,
        severity: row.severity,
        value: row.value,
        actor: by,
        comment: input.comment ?? null,
      },
    ]);
    await recordAudit(tx, ctx, {
      action: "alert.acknowledged",
      resourceType: "alert",
      resourceId: row.id,
      after: { comment: input.comment ?? null },
    });
  });
  const [row] = await listAlertViews(ctx.db, ctx.orgId, { view: "all", ids: [input.alertId] });
  return toAlert(row as NonNullable<typeof row>, await loadMuting(ctx));
}
