import type { Policy } from "@logstag/api-contract";
import { withTransaction } from "../../store/db.ts";
import { findPolicy, insertPolicy } from "../../store/notification-policies.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { checkPolicyChannels } from "./check-policy-channels.ts";
import { toPolicy, toPolicyFields } from "./to-policy.ts";

export async function createPolicy({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: Omit<Policy, "id" | "createdAt" | "updatedAt">;
}): Promise<Policy> {
  authorize(ctx, "integrations.manage");
  return withTransaction(ctx.db, async (tx) => {
    await checkPolicyChannels(tx, ctx.orgId, input.channelIds);
    const id = await insertPolicy(tx, ctx.orgId, toPolicyFields(input));
    const policy = toPolicy(
      (await findPolicy(tx, ctx.orgId, id)) as NonNullable<Awaited<ReturnType<typeof findPolicy>>>,
    );
    await recordAudit(tx, ctx, {
      action: "policy.created",
      resourceType: "policy",
      resourceId: id,
      after: policy,
    });
    return policy;
  });
}
