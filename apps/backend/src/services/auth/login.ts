import type { SessionInfo } from "@logstag/api-contract";
import type { LoginLimits } from "../../accounts-config.ts";
import { findUserByEmail, listMemberships } from "../../store/accounts.ts";
import { withTransaction } from "../../store/db.ts";
import { clearAccountFailures } from "../../store/login-attempts.ts";
import { deleteExpiredSessions } from "../../store/sessions.ts";
import { recordAuditAs } from "../audit/record-audit.ts";
import type { AnonymousCtx, PersonActor } from "../context.ts";
import { AppError, unauthenticated } from "../errors.ts";
import { auditSignInRefusal } from "./audit-sign-in.ts";
import { buildSessionInfo } from "./describe-caller.ts";
import {
  type AttemptKeys,
  attemptKeys,
  forgiveAttempt,
  takeLoginAttempt,
} from "./login-throttle.ts";
import { hashPassword, verifyPassword } from "./passwords.ts";
import { sessionExpiry, startSession } from "./start-session.ts";

// Verified against when the e-mail is unknown, so both failures take the same time.
const dummyHash = hashPassword("logstag-timing-equaliser");

export interface LoginResult {
  token: string;
  expiresAt: Date;
  session: SessionInfo;
}

export interface LoginSettings {
  ttlHours: number;
  limits: LoginLimits;
}

export async function login({
  ctx,
  input,
  settings,
}: {
  ctx: AnonymousCtx;
  input: { email: string; password: string };
  settings: LoginSettings;
}): Promise<LoginResult> {
  const keys = attemptKeys(input.email, ctx.source?.address);
  const user = await findUserByEmail(ctx.db, input.email);
  const attempt = await takeLoginAttempt(ctx.db, keys, settings.limits).catch(async (err) => {
    if (err instanceof AppError && err.code === "rate_limited")
      await auditSignInRefusal(ctx.db, user, "user.sign_in_throttled", tried(ctx, keys));
    throw err;
  });
  const ok = await verifyPassword(user?.password_hash ?? (await dummyHash), input.password);
  if (!user || !ok) {
    await auditSignInRefusal(ctx.db, user, "user.sign_in_failed", tried(ctx, keys));
    throw unauthenticated("e-mail or password is wrong");
  }
  await forgiveAttempt(ctx.db, attempt);
  const membership = (await listMemberships(ctx.db, user.id))[0];
  if (!membership) throw unauthenticated("this account belongs to no organization");

  return withTransaction(ctx.db, async (tx) => {
    await clearAccountFailures(tx, keys.account);
    await deleteExpiredSessions(tx, user.id);
    const session = await startSession(tx, {
      orgId: membership.org_id,
      userId: user.id,
      expiresAt: sessionExpiry(settings.ttlHours),
    });
    const actor: PersonActor = {
      kind: "user",
      userId: user.id,
      email: user.email,
      role: membership.role,
      sessionId: session.id,
    };
    await recordAuditAs(
      tx,
      {
        orgId: membership.org_id,
        actor: { kind: "user", id: user.id, userId: user.id, label: user.email },
        source: ctx.source,
      },
      { action: "user.signed_in", resourceType: "user", resourceId: user.id },
    );
    return {
      token: session.token,
      expiresAt: session.expiresAt,
      session: await buildSessionInfo(tx, membership.org_id, actor),
    };
  });
}

const tried = (ctx: AnonymousCtx, keys: AttemptKeys) => ({
  account: keys.account,
  source: ctx.source,
});
