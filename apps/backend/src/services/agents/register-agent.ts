import type { RegisterAgentRequest, RegisterAgentResponse } from "@logstag/protocol";
import type { TenantLimits } from "../../limits-config.ts";
import { findAgentSnapshot, listTargetSnapshots } from "../../store/audit-snapshots.ts";
import { type Tx, withTransaction } from "../../store/db.ts";
import {
  countInventory,
  lockOrgInventory,
  upsertAgent,
  upsertTargets,
} from "../../store/inventory.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Ctx } from "../context.ts";
import { badRequest } from "../errors.ts";

/** Creates or refreshes the agent and its targets (by name); returns the ids payloads must carry. */
export async function registerAgent({
  ctx,
  input,
  limits,
}: {
  ctx: Ctx;
  input: RegisterAgentRequest;
  limits: Pick<TenantLimits, "agentsPerOrg" | "targetsPerOrg">;
}): Promise<RegisterAgentResponse> {
  const names = input.targets.map((t) => t.name);
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup) throw badRequest(`target name ${dup} appears twice`);
  return withTransaction(ctx.db, async (tx) => {
    await lockOrgInventory(tx, ctx.orgId);
    const known = await findAgentSnapshot(tx, ctx.orgId, input.agentName);
    const before = known ? await listTargetSnapshots(tx, ctx.orgId, known.id) : [];
    await checkInventoryLimits(tx, ctx.orgId, { known: !!known, before, input, limits });
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
    return {
      agentId,
      targets: targets.map((t) => ({ name: t.name, targetId: t.id })),
      acceptsMetricGroups: true,
    };
  });
}

const n = (v: number) => v.toLocaleString("en-US");

async function checkInventoryLimits(
  tx: Tx,
  orgId: string,
  o: {
    known: boolean;
    before: { name: string }[];
    input: RegisterAgentRequest;
    limits: Pick<TenantLimits, "agentsPerOrg" | "targetsPerOrg">;
  },
): Promise<void> {
  const have = await countInventory(tx, orgId);
  if (!o.known && have.agents + 1 > o.limits.agentsPerOrg)
    throw badRequest(
      `the organization has ${n(have.agents)} agents, the most allowed (LOGSTAG_MAX_AGENTS_PER_ORG); register this agent under the name of one that is gone, or raise the limit`,
    );
  const existing = new Set(o.before.map((t) => t.name));
  const added = o.input.targets.filter((t) => !existing.has(t.name)).length;
  if (added > 0 && have.targets + added > o.limits.targetsPerOrg)
    throw badRequest(
      `the organization has ${n(have.targets)} targets and this registration adds ${n(added)}: more than the ${n(o.limits.targetsPerOrg)} allowed (LOGSTAG_MAX_TARGETS_PER_ORG)`,
    );
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
