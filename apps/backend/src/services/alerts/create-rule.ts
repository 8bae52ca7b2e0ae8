import type { AlertRule, RuleInput } from "@logstag/api-contract";
import { insertRule } from "../../store/alert-rules.ts";
import { withTransaction } from "../../store/db.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { checkRule } from "./check-rule.ts";
import { toRule } from "./to-rule.ts";

export async function createRule({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: RuleInput;
}): Promise<AlertRule> {
  authorize(ctx, "alert-rules.manage");
  const { fields } = await checkRule(ctx, input);
  return withTransaction(ctx.db, async (tx) => {
    const rule = toRule(await insertRule(tx, ctx.orgId, fields));
    await recordAudit(tx, ctx, {
      action: "alert_rule.created",
      resourceType: "alert_rule",
      resourceId: rule.id,
      after: rule,
    });
    return rule;
  });
}
