import { withTransaction } from "../../store/db.ts";
import { findInvitation, revokeInvitation as revokeRow } from "../../store/invitations.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { AppError, notFound } from "../errors.ts";

export async function revokeInvitation({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { invitationId: string };
}): Promise<void> {
  authorize(ctx, "members.manage");
  await withTransaction(ctx.db, async (tx) => {
    const row = await findInvitation(tx, ctx.orgId, input.invitationId);
    if (!row || row.revoked_at) throw notFound("invitation");
    if (row.accepted_at)
      throw new AppError(
        "conflict",
        "this invitation was already accepted; remove the member instead",
      );
    await revokeRow(tx, ctx.orgId, row.id);
    await recordAudit(tx, ctx, {
      action: "invitation.revoked",
      resourceType: "invitation",
      resourceId: row.id,
      before: { email: row.email, role: row.role },
    });
  });
}
