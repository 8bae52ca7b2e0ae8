import { deleteMembership } from "../../store/accounts.ts";
import { revokeMemberApiKeys } from "../../store/api-keys.ts";
import { withTransaction } from "../../store/db.ts";
import { deleteMemberSessions } from "../../store/sessions.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { AppError } from "../errors.ts";
import { revokeInvitationsSentBy } from "../invitations/revoke-invitations-sent-by.ts";
import { requireMember } from "./to-member.ts";

/** Removes a member: their sessions here end and their API keys here are revoked, in one transaction. */
export async function removeMember({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { userId: string };
}): Promise<void> {
  authorize(ctx, "members.manage");
  await withTransaction(ctx.db, async (tx) => {
    const member = await requireMember(tx, ctx.orgId, input.userId);
    if (member.role === "owner")
      throw new AppError(
        "conflict",
        "the Account Owner cannot be removed; transfer ownership to another member first",
      );
    await deleteMemberSessions(tx, ctx.orgId, input.userId);
    await revokeMemberApiKeys(tx, ctx.orgId, input.userId);
    await deleteMembership(tx, ctx.orgId, input.userId);
    await revokeInvitationsSentBy(tx, ctx, input.userId, "the member who sent it was removed");
    await recordAudit(tx, ctx, {
      action: "member.removed",
      resourceType: "member",
      resourceId: input.userId,
      before: { email: member.email, role: member.role },
    });
  });
}
