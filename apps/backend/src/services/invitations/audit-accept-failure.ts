import { type Queryable, withTransaction } from "../../store/db.ts";
import { findInvitationByToken } from "../../store/invitations.ts";
import { recordAuditAs } from "../audit/record-audit.ts";
import type { AnonymousCtx } from "../context.ts";
import { hashToken } from "../tokens.ts";

/** Writes `invitation.accept_failed` into the inviting organization's log. */
export async function recordAcceptFailure(
  db: Queryable,
  ctx: AnonymousCtx,
  invitation: { id: string; org_id: string; email: string },
  reason: string,
): Promise<void> {
  await recordAuditAs(
    db,
    {
      orgId: invitation.org_id,
      actor: { kind: "anonymous", id: null, userId: null, label: invitation.email.toLowerCase() },
      source: ctx.source,
    },
    {
      action: "invitation.accept_failed",
      resourceType: "invitation",
      resourceId: invitation.id,
      after: { reason },
    },
  );
}

/**
 * A link that names a real invitation but cannot be used (revoked, used, expired) is recorded
 * before the error goes back; a token that names nothing belongs to no organization.
 */
export async function auditUnusableLink(
  ctx: AnonymousCtx,
  token: string,
  err: unknown,
): Promise<never> {
  const row = await findInvitationByToken(ctx.db, hashToken(token));
  if (row) {
    await withTransaction(ctx.db, (tx) =>
      recordAcceptFailure(tx, ctx, row, err instanceof Error ? err.message : String(err)),
    );
  }
  throw err;
}
