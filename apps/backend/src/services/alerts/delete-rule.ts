import { findRule, deleteRule as removeRule } from "../../store/alert-rules.ts";
import { withTransaction } from "../../store/db.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { notFound } from "../errors.ts";
import { toRule } from "./to-rule.ts";

export async function deleteRule({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { ruleId: string };
}): Promise<void> {
  authorize(ctx, "alert-rules.manage");
  await withTransaction(ctx.db, async (tx) => {
    const row = await findRule(tx, ctx.orgId, input.ruleId, { forUpdate: true });
    if (!row) throw notFound("alert rule");
    await removeRule(tx, ctx.orgId, row.id);
    await recordAudit(tx, ctx, {
      action: "alert_rule.deleted",
      resourceType: "alert_rule",
      resourceId: row.id,
      before: toRule(row),
    });
  });
}
