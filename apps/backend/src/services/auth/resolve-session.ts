import type { SessionInfo } from "@logstag/api-contract";
import { findLiveSession } from "../../store/sessions.ts";
import type { AnonymousCtx, Ctx } from "../context.ts";
import { unauthenticated } from "../errors.ts";
import { hashToken } from "../tokens.ts";

/** Turns a session cookie into a request context; an unknown or expired session is unauthenticated. */
export async function resolveSession({
  ctx,
  token,
}: {
  ctx: AnonymousCtx;
  token: string | undefined;
}): Promise<{ ctx: Ctx; session: SessionInfo }> {
  if (!token) throw unauthenticated();
  const row = await findLiveSession(ctx.db, hashToken(token));
  if (!row) throw unauthenticated("your session has ended; sign in again");
  return {
    ctx: {
      db: ctx.db,
      orgId: row.org_id,
      actor: { kind: "user", userId: row.user_id, email: row.email, role: row.role },
    },
    session: {
      user: { id: row.user_id, email: row.email, name: row.name },
      organization: { id: row.org_id, name: row.org_name },
      role: row.role,
    },
  };
}
