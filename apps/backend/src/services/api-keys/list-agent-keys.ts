import type { AgentKey } from "@logstag/api-contract";
import { listAgentKeys as listRows } from "../../store/agent-keys.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { toAgentKey } from "./to-key.ts";

export async function listAgentKeys({ ctx }: { ctx: Ctx }): Promise<{ agentKeys: AgentKey[] }> {
  authorize(ctx, "agent-keys.read");
  return { agentKeys: (await listRows(ctx.db, ctx.orgId)).map(toAgentKey) };
}
