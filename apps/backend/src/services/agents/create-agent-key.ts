import type { CreateAgentKeyResponse } from "@logstag/api-contract";
import { AGENT_KEY_PREFIX } from "@logstag/protocol";
import { insertAgentKey } from "../../store/agent-keys.ts";
import { withTransaction } from "../../store/db.ts";
import { displayPrefix, toAgentKey } from "../api-keys/to-key.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { generateToken, hashToken } from "../tokens.ts";

/** Creates an ingest-only key for the organization; the plain key is returned once and never stored. */
export async function createAgentKey({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { name: string };
}): Promise<CreateAgentKeyResponse & { id: string; key: string }> {
  authorize(ctx, "agent-keys.manage");
  const key = generateToken(AGENT_KEY_PREFIX);
  return withTransaction(ctx.db, async (tx) => {
    const row = await insertAgentKey(tx, ctx.orgId, {
      name: input.name,
      prefix: displayPrefix(key),
      keyHash: hashToken(key),
    });
    await recordAudit(tx, ctx, {
      action: "agent_key.created",
      resourceType: "agent_key",
      resourceId: row.id,
      after: { name: row.name, prefix: row.prefix },
    });
    return { id: row.id, key, agentKey: toAgentKey(row), secret: key };
  });
}
