import type { RegisterAgentRequest, RegisterAgentResponse } from "@logstag/protocol";
import { withTransaction } from "../../store/db.ts";
import { upsertAgent, upsertTargets } from "../../store/inventory.ts";
import type { Ctx } from "../context.ts";
import { badRequest } from "../errors.ts";

/** Creates or refreshes the agent and its targets (by name); returns the ids payloads must carry. */
export async function registerAgent({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: RegisterAgentRequest;
}): Promise<RegisterAgentResponse> {
  const names = input.targets.map((t) => t.name);
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup) throw badRequest(`target name ${dup} appears twice`);
  return withTransaction(ctx.db, async (tx) => {
    const agentId = await upsertAgent(tx, ctx.orgId, {
      name: input.agentName,
      hostname: input.hostname,
      version: input.agentVersion,
    });
    const targets = await upsertTargets(tx, ctx.orgId, agentId, input.targets);
    return { agentId, targets: targets.map((t) => ({ name: t.name, targetId: t.id })) };
  });
}
