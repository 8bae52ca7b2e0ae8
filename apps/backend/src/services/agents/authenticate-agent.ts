import { AGENT_KEY_PREFIX } from "@logstag/protocol";
import { findLiveAgentKey, touchAgentKey } from "../../store/agent-keys.ts";
import type { AnonymousCtx, Ctx } from "../context.ts";
import { unauthenticated } from "../errors.ts";
import { hashToken } from "../tokens.ts";

/** An agent key (`Authorization: Bearer lsa_…`) → a context that may only ingest for the key's organization. */
export async function authenticateAgent({
  ctx,
  key,
}: {
  ctx: AnonymousCtx;
  key: string | undefined;
}): Promise<Ctx> {
  if (!key?.startsWith(AGENT_KEY_PREFIX))
    throw unauthenticated("an agent key (Authorization: Bearer lsa_…) is required");
  const row = await findLiveAgentKey(ctx.db, hashToken(key));
  if (!row) throw unauthenticated("this agent key is unknown or revoked");
  if (row.stale_use) await touchAgentKey(ctx.db, row.org_id, row.id);
  return {
    db: ctx.db,
    orgId: row.org_id,
    source: ctx.source,
    actor: { kind: "agent", agentKeyId: row.id },
  };
}
