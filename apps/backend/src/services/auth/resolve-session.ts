import { findLiveSession } from "../../store/sessions.ts";
import type { AnonymousCtx, Ctx } from "../context.ts";
import { unauthenticated } from "../errors.ts";
import { hashToken } from "../tokens.ts";

/** Turns a session cookie into a request context; an unknown, expired or ended session is unauthenticated. */
export async function resolveSession({
  ctx,
  token,
}: {
  ctx: AnonymousCtx;
  token: string | undefined;
}): Promise<Ctx> {
  if (!token) throw unauthenticated("sign in first (or send a user API key as Bearer lsu_…)");
  const row = await findLiveSession(ctx.db, hashToken(token));
  if (!row) throw unauthenticated("your session has ended; sign in again");
  return {
    db: ctx.db,
    orgId: row.org_id,
    source: ctx.source,
    actor: {
      kind: "user",
      userId: row.user_id,
      email: row.email,
      role: row.role,
      sessionId: row.id,
    },
  };
}
