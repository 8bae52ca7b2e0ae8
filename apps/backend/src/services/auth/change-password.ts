import type { LoginLimits } from "../../accounts-config.ts";
import { findUserById } from "../../store/accounts.ts";
import { withTransaction } from "../../store/db.ts";
import { deleteOtherSessions, updatePasswordHash } from "../../store/passwords.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { AppError, badRequest, unauthenticated } from "../errors.ts";
import { attemptKeys, forgiveAttempt, takeLoginAttempt } from "./login-throttle.ts";
import { hashNewPassword } from "./new-password-hash.ts";
import { verifyPassword } from "./passwords.ts";

/**
 * The signed-in person changes their own password. The current one is checked like a sign-in
 * (a stolen session cannot guess it faster), and every other session of theirs ends, so whoever
 * else was signed in with the old password is out.
 */
export async function changePassword({
  ctx,
  input,
  limits,
}: {
  ctx: Ctx;
  input: { currentPassword: string; newPassword: string };
  limits: LoginLimits;
}): Promise<void> {
  authorize(ctx, "account.password");
  if (ctx.actor.kind !== "user") throw new AppError("forbidden", "sign in to change a password");
  const { userId, sessionId } = ctx.actor;
  const user = await findUserById(ctx.db, userId);
  if (!user) throw unauthenticated();
  const attempt = await takeLoginAttempt(
    ctx.db,
    attemptKeys(user.email, ctx.source?.address),
    limits,
  );
  if (!(await verifyPassword(user.password_hash, input.currentPassword)))
    throw badRequest("the current password is wrong", [
      { path: "body.currentPassword", message: "wrong password" },
    ]);
  await forgiveAttempt(ctx.db, attempt);
  if (input.newPassword === input.currentPassword)
    throw badRequest("the new password is the current one; choose another");
  const hash = await hashNewPassword(input.newPassword, user.email, "body.newPassword");
  await withTransaction(ctx.db, async (tx) => {
    await updatePasswordHash(tx, userId, hash);
    const ended = await deleteOtherSessions(tx, userId, sessionId);
    await recordAudit(tx, ctx, {
      action: "user.password_changed",
      resourceType: "user",
      resourceId: userId,
      after: { otherSessionsEnded: ended },
    });
  });
}
