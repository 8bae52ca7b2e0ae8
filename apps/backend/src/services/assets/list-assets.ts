import type { AssetsResponse } from "@logstag/api-contract";
import { listAgents, listTargets } from "../../store/inventory.ts";
import { toAgentHealth } from "../agents/agent-health.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { loadTargetDiagnostics } from "./target-diagnostics.ts";
import { toTargetSummary } from "./to-target-summary.ts";

export async function listAssets({ ctx }: { ctx: Ctx }): Promise<AssetsResponse> {
  authorize(ctx, "assets.read");
  const [agents, targets, diagnostics] = await Promise.all([
    listAgents(ctx.db, ctx.orgId),
    listTargets(ctx.db, ctx.orgId),
    loadTargetDiagnostics(ctx),
  ]);
  const now = new Date();
  return {
    agents: agents.map((a) => ({
      id: a.id,
      name: a.name,
      hostname: a.hostname,
      version: a.version,
      registeredAt: a.registered_at.toISOString(),
      lastSeenAt: a.last_seen_at?.toISOString() ?? null,
      health: toAgentHealth(a),
    })),
    targets: targets.map((t) => toTargetSummary(t, now, diagnostics.get(t.id))),
  };
}
