import type { InstanceResponse } from "@logstag/api-contract";
import { ENGINE_BACKENDS } from "../../engines/registry.ts";
import { findTarget } from "../../store/inventory.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { notFound } from "../errors.ts";

const NO_DETAILS = {
  facts: [],
  parts: { label: "Parts", unit: "count", items: [], collectedAt: null },
} as const satisfies Pick<InstanceResponse, "facts" | "parts">;

/** The instance header: version, role and start time from the inventory; the engine's facts from its latest samples. */
export async function getInstance({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { targetId: string };
}): Promise<InstanceResponse> {
  authorize(ctx, "metrics.read");
  const target = await findTarget(ctx.db, ctx.orgId, input.targetId);
  if (!target) throw notFound("target");
  const engine = ENGINE_BACKENDS[target.engine];
  const details = engine ? await engine.instanceDetails(ctx, target) : NO_DETAILS;
  const started = target.started_at;
  return {
    engine: target.engine,
    version: target.version,
    role: target.role,
    startedAt: started?.toISOString() ?? null,
    uptimeSeconds: started
      ? Math.max(0, Math.floor((Date.now() - started.getTime()) / 1000))
      : null,
    facts: details.facts,
    parts: { ...details.parts, items: [...details.parts.items] },
  };
}
