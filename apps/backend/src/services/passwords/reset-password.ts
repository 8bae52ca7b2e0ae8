import { listMemberships } from "../../store/accounts.ts";
import { withTransaction } from "../../store/db.ts";
import {
  deleteOtherSessions,
  markPasswordResetUsed,
  takePasswordReset,
  updatePasswordHash,
} from "../../store/passwords.ts";
import { recordAuditAs } from "../audit/record-audit.ts";
import { hashNewPassword } from "../auth/new-password-hash.ts";
import type { AnonymousCtx } from "../context.ts";
import { AppError } from "../errors.ts";
import { hashToken } from "../tokens.ts";

const unusable = () =>
  new AppError(
    "not_found",
    "this reset link is not valid (it may be used, expired or replaced); ask your administrator for a new one",
  );

/** Sets a new password with a reset link; the link works once and every session of the person ends. */
export async function resetPassword({
  ctx,
  input,
}: {
  ctx: AnonymousCtx;
  input: { token: string; newPassword: string };
}): Promise<void> {
  const tokenHash = hashToken(input.token);
  const peek = await takePasswordReset(ctx.db, tokenHash);
  if (!peek) throw unusable();
  const hash = await hashNewPassword(input.newPassword, peek.email, "body.newPassword");
  await withTransaction(ctx.db, async (tx) => {
    const reset = await takePasswordReset(tx, tokenHash);
    if (!reset) throw unusable();
    await updatePasswordHash(tx, reset.user_id, hash);
    await markPasswordResetUsed(tx, reset.org_id, reset.id);
    const ended = await deleteOtherSessions(tx, reset.user_id, null);
    for (const m of await listMemberships(tx, reset.user_id)) {
      await recordAuditAs(
        tx,
        {
          orgId: m.org_id,
          actor: { kind: "user", id: reset.user_id, userId: reset.user_id, label: reset.email },
          source: ctx.source,
        },
        {
          action: "user.password_reset",
          resourceType: "user",
          resourceId: reset.user_id,
          after: { sessionsEnded: ended },
        },
      );
    }
  });
}
