import { withTransaction } from "../../store/db.ts";
import { findPolicy, deletePolicy as removePolicy } from "../../store/notification-policies.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { notFound } from "../errors.ts";
import { toPolicy } from "./to-policy.ts";

export async function deletePolicy({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { policyId: string };
}): Promise<void> {
  authorize(ctx, "integrations.manage");
  await withTransaction(ctx.db, async (tx) => {
    const row = await findPolicy(tx, ctx.orgId, input.policyId);
    if (!row) throw notFound("policy");
    await removePolicy(tx, ctx.orgId, row.id);
    await recordAudit(tx, ctx, {
      action: "policy.deleted",
      resourceType: "policy",
      resourceId: row.id,
      before: toPolicy(row),
    });
  });
}
