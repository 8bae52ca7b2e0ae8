import type { AlertRule } from "@logstag/api-contract";
import { listRules as listRuleRows } from "../../store/alert-rules.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { toRule } from "./to-rule.ts";

export async function listRules({ ctx }: { ctx: Ctx }): Promise<{ rules: AlertRule[] }> {
  authorize(ctx, "alerts.read");
  return { rules: (await listRuleRows(ctx.db, ctx.orgId)).map(toRule) };
}
