import type { Queryable } from "../../store/db.ts";
import { findInvitationByToken, type InvitationRow } from "../../store/invitations.ts";
import { AppError } from "../errors.ts";
import { hashToken } from "../tokens.ts";

/** The invitation a link carries, if it can still be accepted; otherwise an error that says why. */
export async function findUsableInvitation(
  db: Queryable,
  token: string,
  forUpdate = false,
): Promise<InvitationRow & { org_name: string }> {
  const row = await findInvitationByToken(db, hashToken(token), forUpdate);
  if (!row || row.revoked_at)
    throw new AppError(
      "not_found",
      "this invitation link is not valid (it may have been revoked or replaced); ask for a new one",
    );
  if (row.accepted_at)
    throw new AppError("conflict", "this invitation was already used; sign in instead");
  if (row.expires_at <= new Date())
    throw new AppError(
      "conflict",
      `this invitation expired on ${row.expires_at.toISOString().slice(0, 10)}; ask for a new one`,
    );
  return row;
}
