import { AGENT_KEY_PREFIX } from "@logstag/protocol";
import { insertAgentKey } from "../../store/agent-keys.ts";
import type { Ctx } from "../context.ts";
import { generateToken, hashToken } from "../tokens.ts";

/** Creates an ingest-only key for the organization; the plain key is returned once and never stored. */
export async function createAgentKey({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { name: string };
}): Promise<{ id: string; key: string }> {
  const key = generateToken(AGENT_KEY_PREFIX);
  const id = await insertAgentKey(ctx.db, ctx.orgId, input.name, hashToken(key));
  return { id, key };
}
