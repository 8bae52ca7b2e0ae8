import type { Policy } from "@logstag/api-contract";
import { withTransaction } from "../../store/db.ts";
import { findPolicy, updatePolicy as storePolicy } from "../../store/notification-policies.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { notFound } from "../errors.ts";
import { checkPolicyChannels } from "./check-policy-channels.ts";
import { toPolicy, toPolicyFields } from "./to-policy.ts";

export async function updatePolicy({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { policyId: string; changes: Partial<Omit<Policy, "id" | "createdAt" | "updatedAt">> };
}): Promise<Policy> {
  authorize(ctx, "integrations.manage");
  return withTransaction(ctx.db, async (tx) => {
    const row = await findPolicy(tx, ctx.orgId, input.policyId);
    if (!row) throw notFound("policy");
    const before = toPolicy(row);
    const merged = { ...before, ...input.changes };
    await checkPolicyChannels(tx, ctx.orgId, merged.channelIds);
    await storePolicy(tx, ctx.orgId, row.id, toPolicyFields(merged));
    const after = toPolicy((await findPolicy(tx, ctx.orgId, row.id)) ?? row);
    await recordAudit(tx, ctx, {
      action: "policy.changed",
      resourceType: "policy",
      resourceId: row.id,
      before,
      after,
    });
    return after;
  });
}
