import { USER_API_KEY_PREFIX } from "@logstag/api-contract";
import { AGENT_KEY_PREFIX } from "@logstag/protocol";
import { findApiKeyForAuth, touchApiKey } from "../../store/api-keys.ts";
import type { AnonymousCtx, Ctx } from "../context.ts";
import { unauthenticated } from "../errors.ts";
import { hashToken } from "../tokens.ts";

/** `Authorization: Bearer lsu_…` → a context acting as the key's owner, limited by the key's scope. */
export async function authenticateApiKey({
  ctx,
  key,
}: {
  ctx: AnonymousCtx;
  key: string;
}): Promise<Ctx> {
  if (key.startsWith(AGENT_KEY_PREFIX))
    throw unauthenticated(
      "agent keys (lsa_…) can only register agents and send data; use a user API key (lsu_…)",
    );
  if (!key.startsWith(USER_API_KEY_PREFIX))
    throw unauthenticated("send a user API key as Authorization: Bearer lsu_…");
  const row = await findApiKeyForAuth(ctx.db, hashToken(key));
  if (!row) throw unauthenticated("this API key is unknown");
  if (row.revoked) throw unauthenticated("this API key was revoked");
  if (row.expired) throw unauthenticated("this API key has expired");
  if (!row.role) throw unauthenticated("the owner of this API key is no longer a member");
  if (row.stale_use) await touchApiKey(ctx.db, row.org_id, row.id);
  return {
    db: ctx.db,
    orgId: row.org_id,
    source: ctx.source,
    actor: {
      kind: "apiKey",
      keyId: row.id,
      keyName: row.name,
      scope: row.scope,
      userId: row.user_id,
      email: row.email,
      role: row.role,
    },
  };
}
