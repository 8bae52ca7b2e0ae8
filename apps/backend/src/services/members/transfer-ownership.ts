import { findOwnerForUpdate, updateMemberRole } from "../../store/accounts.ts";
import { withTransaction } from "../../store/db.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { badRequest } from "../errors.ts";
import { requireMember } from "./to-member.ts";

/** The caller (the Account Owner) hands ownership to another member and becomes an Admin. */
export async function transferOwnership({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { userId: string };
}): Promise<void> {
  authorize(ctx, "ownership.transfer");
  await withTransaction(ctx.db, async (tx) => {
    const owner = await findOwnerForUpdate(tx, ctx.orgId);
    const next = await requireMember(tx, ctx.orgId, input.userId);
    if (next.role === "owner") throw badRequest("this member already is the Account Owner");
    // Demote first: the store allows one owner per organization at any moment.
    if (owner) await updateMemberRole(tx, ctx.orgId, owner.user_id, "admin");
    await updateMemberRole(tx, ctx.orgId, next.user_id, "owner");
    await recordAudit(tx, ctx, {
      action: "organization.ownership_transferred",
      resourceType: "organization",
      resourceId: ctx.orgId,
      before: { ownerId: owner?.user_id ?? null, ownerEmail: owner?.email ?? null },
      after: { ownerId: next.user_id, ownerEmail: next.email },
    });
  });
}
