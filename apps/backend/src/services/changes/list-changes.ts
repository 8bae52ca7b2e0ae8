import { type ChangesResponse, MAX_CHANGE_EVENTS } from "@logstag/api-contract";
import { listChanges as readChanges } from "../../store/changes.ts";
import { findTarget } from "../../store/inventory.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { badRequest, notFound } from "../errors.ts";

const MAX_RANGE_DAYS = 400;

/** What changed on a target within a range: schema objects, settings, roles. Newest first. */
export async function listChanges({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { targetId: string; from: string; to: string };
}): Promise<ChangesResponse> {
  authorize(ctx, "metrics.read");
  const from = new Date(input.from);
  const to = new Date(input.to);
  if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * 86_400_000) {
    throw badRequest(`the range may span at most ${MAX_RANGE_DAYS} days`);
  }
  const target = await findTarget(ctx.db, ctx.orgId, input.targetId);
  if (!target) throw notFound("target");
  const rows = await readChanges(ctx.db, ctx.orgId, {
    targetId: target.id,
    from,
    to,
    limit: MAX_CHANGE_EVENTS + 1,
  });
  return {
    events: rows.slice(0, MAX_CHANGE_EVENTS).map((r) => ({
      at: r.at.toISOString(),
      kind: r.kind,
      objectType: r.object_type,
      objectName: r.object_name,
      change: r.change,
      diff: Array.isArray(r.diff) ? r.diff : [],
    })),
    truncated: rows.length > MAX_CHANGE_EVENTS,
  };
}
