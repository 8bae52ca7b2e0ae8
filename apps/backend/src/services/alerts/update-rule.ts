import type { AlertRule, RuleInput } from "@logstag/api-contract";
import { findRule, updateRule as storeRule } from "../../store/alert-rules.ts";
import { withTransaction } from "../../store/db.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { notFound } from "../errors.ts";
import { checkRule } from "./check-rule.ts";
import { resolveRuleAlerts } from "./resolve-rule-alerts.ts";
import { toRule } from "./to-rule.ts";

export async function updateRule({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { ruleId: string; changes: Partial<Omit<RuleInput, "templateId">> };
}): Promise<AlertRule> {
  authorize(ctx, "alert-rules.manage");
  return withTransaction(ctx.db, async (tx) => {
    const row = await findRule(tx, ctx.orgId, input.ruleId, { forUpdate: true });
    if (!row) throw notFound("alert rule");
    const before = toRule(row);
    const merged: RuleInput = {
      name: before.name,
      templateId: before.templateId,
      params: before.params,
      scope: before.scope,
      severities: before.severities as RuleInput["severities"],
      overrides: before.overrides,
      timing: before.timing,
      enabled: before.enabled,
      ...input.changes,
    };
    const { fields } = await checkRule({ ...ctx, db: ctx.db }, merged);
    await storeRule(tx, ctx.orgId, row.id, fields);
    // A disabled rule stops evaluating: what it had open is resolved now, not left firing.
    if (before.enabled && !fields.enabled)
      await resolveRuleAlerts(tx, ctx.orgId, row.id, "rule disabled");
    const after = toRule((await findRule(tx, ctx.orgId, row.id)) ?? row);
    await recordAudit(tx, ctx, {
      action: "alert_rule.changed",
      resourceType: "alert_rule",
      resourceId: row.id,
      before,
      after,
    });
    return after;
  });
}
