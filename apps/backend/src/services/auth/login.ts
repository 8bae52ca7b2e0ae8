import type { SessionInfo } from "@logstag/api-contract";
import type { LoginLimits } from "../../accounts-config.ts";
import { findUserByEmail, listMemberships, type UserRow } from "../../store/accounts.ts";
import { withTransaction } from "../../store/db.ts";
import { clearAccountFailures } from "../../store/login-attempts.ts";
import { deleteExpiredSessions } from "../../store/sessions.ts";
import { recordAuditAs } from "../audit/record-audit.ts";
import type { AnonymousCtx, PersonActor } from "../context.ts";
import { unauthenticated } from "../errors.ts";
import { buildSessionInfo } from "./describe-caller.ts";
import { attemptKeys, checkLoginThrottle, recordLoginFailure } from "./login-throttle.ts";
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
  await checkLoginThrottle(ctx.db, keys, settings.limits);
  const user = await findUserByEmail(ctx.db, input.email);
  const ok = await verifyPassword(user?.password_hash ?? (await dummyHash), input.password);
  if (!user || !ok) {
    await recordFailure(ctx, keys, user, settings.limits);
    throw unauthenticated("e-mail or password is wrong");
  }
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

/** Counts the failure, and tells each organization of a known account that someone tried it. */
async function recordFailure(
  ctx: AnonymousCtx,
  keys: ReturnType<typeof attemptKeys>,
  user: UserRow | undefined,
  limits: LoginLimits,
): Promise<void> {
  await withTransaction(ctx.db, async (tx) => {
    await recordLoginFailure(tx, keys, limits);
    if (!user) return;
    for (const m of await listMemberships(tx, user.id)) {
      await recordAuditAs(
        tx,
        {
          orgId: m.org_id,
          actor: { kind: "anonymous", id: null, userId: null, label: keys.account },
          source: ctx.source,
        },
        { action: "user.sign_in_failed", resourceType: "user", resourceId: user.id },
      );
    }
  });
}
