import type { AssignableRole, Member } from "@logstag/api-contract";
import { updateMemberRole } from "../../store/accounts.ts";
import { withTransaction } from "../../store/db.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { authorize } from "../authz/authorize.ts";
import { roleHolds } from "../authz/permissions.ts";
import type { Ctx } from "../context.ts";
import { AppError } from "../errors.ts";
import { revokeInvitationsSentBy } from "../invitations/revoke-invitations-sent-by.ts";
import { requireMember, toMember } from "./to-member.ts";

export async function changeMemberRole({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { userId: string; role: AssignableRole };
}): Promise<Member> {
  authorize(ctx, "members.invite");
  return withTransaction(ctx.db, async (tx) => {
    const member = await requireMember(tx, ctx.orgId, input.userId);
    if (member.role === "owner")
      throw new AppError(
        "conflict",
        "the Account Owner's role changes only by transferring ownership to another member",
      );
    if (member.role === input.role) return toMember(member);
    await updateMemberRole(tx, ctx.orgId, input.userId, input.role);
    if (!roleHolds(input.role, "members.invite"))
      await revokeInvitationsSentBy(
        tx,
        ctx,
        input.userId,
        "the member who sent it may no longer invite",
      );
    await recordAudit(tx, ctx, {
      action: "member.role_changed",
      resourceType: "member",
      resourceId: input.userId,
      before: { email: member.email, role: member.role },
      after: { email: member.email, role: input.role },
    });
    return toMember({ ...member, role: input.role });
  });
}
