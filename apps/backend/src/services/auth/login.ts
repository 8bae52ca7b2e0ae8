import type { SessionInfo } from "@logstag/api-contract";
import { findDefaultMembership, findUserByEmail } from "../../store/accounts.ts";
import { insertSession } from "../../store/sessions.ts";
import type { AnonymousCtx } from "../context.ts";
import { unauthenticated } from "../errors.ts";
import { generateToken, hashToken } from "../tokens.ts";
import { hashPassword, verifyPassword } from "./passwords.ts";

export const SESSION_TOKEN_PREFIX = "lss_";

// Verified against when the e-mail is unknown, so both failures take the same time.
const dummyHash = hashPassword("logstag-timing-equaliser");

export interface LoginResult {
  token: string;
  expiresAt: Date;
  session: SessionInfo;
}

export async function login({
  ctx,
  input,
  ttlHours,
}: {
  ctx: AnonymousCtx;
  input: { email: string; password: string };
  ttlHours: number;
}): Promise<LoginResult> {
  const wrong = unauthenticated("e-mail or password is wrong");
  const user = await findUserByEmail(ctx.db, input.email);
  const ok = await verifyPassword(user?.password_hash ?? (await dummyHash), input.password);
  if (!user || !ok) throw wrong;
  const membership = await findDefaultMembership(ctx.db, user.id);
  if (!membership) throw unauthenticated("this account belongs to no organization");
  const token = generateToken(SESSION_TOKEN_PREFIX);
  const expiresAt = new Date(Date.now() + ttlHours * 3_600_000);
  await insertSession(ctx.db, {
    orgId: membership.org_id,
    userId: user.id,
    tokenHash: hashToken(token),
    expiresAt,
  });
  return {
    token,
    expiresAt,
    session: {
      user: { id: user.id, email: user.email, name: user.name },
      organization: { id: membership.org_id, name: membership.org_name },
      role: membership.role,
    },
  };
}
