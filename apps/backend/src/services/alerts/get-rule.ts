import type { AlertRule } from "@logstag/api-contract";
import { findRule } from "../../store/alert-rules.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { notFound } from "../errors.ts";
import { toRule } from "./to-rule.ts";

export async function getRule({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { ruleId: string };
}): Promise<AlertRule> {
  authorize(ctx, "alerts.read");
  const row = await findRule(ctx.db, ctx.orgId, input.ruleId);
  if (!row) throw notFound("alert rule");
  return toRule(row);
}
