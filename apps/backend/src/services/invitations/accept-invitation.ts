import {
  findMember,
  findUserByEmail,
  insertMembership,
  insertUserIfNew,
  type UserRow,
} from "../../store/accounts.ts";
import { type Queryable, withTransaction } from "../../store/db.ts";
import { markInvitationAccepted } from "../../store/invitations.ts";
import { recordAuditAs } from "../audit/record-audit.ts";
import { auditSignInRefusal } from "../auth/audit-sign-in.ts";
import { buildSessionInfo } from "../auth/describe-caller.ts";
import type { LoginResult, LoginSettings } from "../auth/login.ts";
import { attemptKeys, forgiveAttempt, takeLoginAttempt } from "../auth/login-throttle.ts";
import { hashNewPassword } from "../auth/new-password-hash.ts";
import { verifyPassword } from "../auth/passwords.ts";
import { sessionExpiry, startSession } from "../auth/start-session.ts";
import type { AnonymousCtx } from "../context.ts";
import { AppError, unauthenticated } from "../errors.ts";
import { auditUnusableLink, recordAcceptFailure } from "./audit-accept-failure.ts";
import { findUsableInvitation } from "./usable-invitation.ts";

/**
 * Accepts an invitation: a new address sets its password, an existing account proves its own;
 * then the person joins the organization and is signed in there. A link works once.
 */
export async function acceptInvitation({
  ctx,
  input,
  settings,
}: {
  ctx: AnonymousCtx;
  input: { token: string; password: string; name?: string | undefined };
  settings: LoginSettings;
}): Promise<LoginResult> {
  const invitation = await findUsableInvitation(ctx.db, input.token).catch((err) =>
    auditUnusableLink(ctx, input.token, err),
  );
  const existing = await findUserByEmail(ctx.db, invitation.email);
  const proof: AccountProof = existing
    ? { existing: await checkExistingPassword(ctx, invitation, existing, input.password, settings) }
    : { passwordHash: await hashNewPassword(input.password, invitation.email) };

  return withTransaction(ctx.db, async (tx) => {
    const locked = await findUsableInvitation(tx, input.token, true);
    const user = await resolveAccount(tx, locked.email, proof, input.name);
    const member = await findMember(tx, locked.org_id, user.id);
    if (!member) await insertMembership(tx, locked.org_id, user.id, locked.role);
    await markInvitationAccepted(tx, locked.org_id, locked.id, user.id);
    await recordAuditAs(
      tx,
      {
        orgId: locked.org_id,
        actor: { kind: "user", id: user.id, userId: user.id, label: user.email },
        source: ctx.source,
      },
      {
        action: "invitation.accepted",
        resourceType: "invitation",
        resourceId: locked.id,
        after: { email: user.email, role: member?.role ?? locked.role, newAccount: !existing },
      },
    );
    const session = await startSession(tx, {
      orgId: locked.org_id,
      userId: user.id,
      expiresAt: sessionExpiry(settings.ttlHours),
    });
    const actor = {
      kind: "user" as const,
      userId: user.id,
      email: user.email,
      role: member?.role ?? locked.role,
      sessionId: session.id,
    };
    return {
      token: session.token,
      expiresAt: session.expiresAt,
      session: await buildSessionInfo(tx, locked.org_id, actor),
    };
  });
}

/** An existing account whose password was checked, or the hash for a new one. */
type AccountProof = { existing: UserRow } | { passwordHash: string };

/** The proven existing account, or a new one; an account that appeared meanwhile is refused. */
async function resolveAccount(
  tx: Queryable,
  email: string,
  proof: AccountProof,
  name: string | undefined,
): Promise<Pick<UserRow, "id" | "email">> {
  if ("existing" in proof) return proof.existing;
  const id = await insertUserIfNew(tx, {
    email,
    name: name?.trim() ?? "",
    passwordHash: proof.passwordHash,
  });
  if (!id) throw new AppError("conflict", "the account changed meanwhile; open the link again");
  return { id, email };
}

/**
 * Joining with an existing account needs its password; each guess counts like a sign-in attempt
 * (taken before the check), and a wrong one is recorded in the inviting organization's log.
 */
async function checkExistingPassword(
  ctx: AnonymousCtx,
  invitation: { id: string; org_id: string; email: string },
  user: UserRow,
  password: string,
  settings: LoginSettings,
): Promise<UserRow> {
  const keys = attemptKeys(user.email, ctx.source?.address);
  const attempt = await takeLoginAttempt(ctx.db, keys, settings.limits).catch(async (err) => {
    if (err instanceof AppError && err.code === "rate_limited")
      await auditSignInRefusal(ctx.db, user, "user.sign_in_throttled", {
        account: keys.account,
        source: ctx.source,
      });
    throw err;
  });
  if (!(await verifyPassword(user.password_hash, password))) {
    await recordAcceptFailure(ctx.db, ctx, invitation, "wrong password of the existing account");
    throw unauthenticated(
      `${user.email} already has a Logstag account; enter its password to join (the password is wrong)`,
    );
  }
  await forgiveAttempt(ctx.db, attempt);
  return user;
}
