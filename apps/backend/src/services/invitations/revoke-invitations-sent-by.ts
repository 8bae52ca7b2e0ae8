import type { Queryable } from "../../store/db.ts";
import { revokeInvitationsSentBy as revokeRows } from "../../store/invitations.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Ctx } from "../context.ts";

/**
 * An invitation acts with its sender's right to invite: when the sender is removed or loses that
 * right, their open invitations stop working, in the same transaction.
 */
export async function revokeInvitationsSentBy(
  tx: Queryable,
  ctx: Ctx,
  userId: string,
  reason: string,
): Promise<void> {
  for (const row of await revokeRows(tx, ctx.orgId, userId)) {
    await recordAudit(tx, ctx, {
      action: "invitation.revoked",
      resourceType: "invitation",
      resourceId: row.id,
      before: { email: row.email, role: row.role },
      after: { reason },
    });
  }
}
