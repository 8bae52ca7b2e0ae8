import type { Policy } from "@logstag/api-contract";
import { listPolicies as listPolicyRows } from "../../store/notification-policies.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { toPolicy } from "./to-policy.ts";

export async function listPolicies({ ctx }: { ctx: Ctx }): Promise<{ policies: Policy[] }> {
  authorize(ctx, "integrations.read");
  return { policies: (await listPolicyRows(ctx.db, ctx.orgId)).map(toPolicy) };
}
