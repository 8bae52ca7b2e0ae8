import type { RegisterAgentRequest, RegisterAgentResponse } from "@logstag/protocol";
import { findAgentSnapshot, listTargetSnapshots } from "../../store/audit-snapshots.ts";
import { type Tx, withTransaction } from "../../store/db.ts";
import { upsertAgent, upsertTargets } from "../../store/inventory.ts";
import { recordAudit } from "../audit/record-audit.ts";
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
    const known = await findAgentSnapshot(tx, ctx.orgId, input.agentName);
    const before = known ? await listTargetSnapshots(tx, ctx.orgId, known.id) : [];
    const agentId = await upsertAgent(tx, ctx.orgId, {
      name: input.agentName,
      hostname: input.hostname,
      version: input.agentVersion,
    });
    if (!known) {
      await recordAudit(tx, ctx, {
        action: "agent.registered",
        resourceType: "agent",
        resourceId: agentId,
        after: { name: input.agentName, hostname: input.hostname, version: input.agentVersion },
      });
    }
    const targets = await upsertTargets(tx, ctx.orgId, agentId, input.targets);
    await auditTargetChanges(tx, ctx, input, before, targets);
    return { agentId, targets: targets.map((t) => ({ name: t.name, targetId: t.id })) };
  });
}

/** A target that is new, or whose engine or endpoint changed, gets an audit record; unchanged ones none. */
async function auditTargetChanges(
  tx: Tx,
  ctx: Ctx,
  input: RegisterAgentRequest,
  before: Awaited<ReturnType<typeof listTargetSnapshots>>,
  after: { name: string; id: string }[],
): Promise<void> {
  const ids = new Map(after.map((t) => [t.name, t.id]));
  for (const t of input.targets) {
    const now = { name: t.name, engine: t.engine, endpoint: t.endpoint ?? null };
    const was = before.find((b) => b.name === t.name);
    if (was && was.engine === now.engine && was.endpoint === now.endpoint) continue;
    await recordAudit(tx, ctx, {
      action: was ? "target.changed" : "target.created",
      resourceType: "target",
      resourceId: ids.get(t.name) ?? null,
      before: was ? { name: was.name, engine: was.engine, endpoint: was.endpoint } : null,
      after: now,
    });
  }
}
