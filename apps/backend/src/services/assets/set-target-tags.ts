import type { TargetSummary } from "@logstag/api-contract";
import { withTransaction } from "../../store/db.ts";
import { findTarget, setTargetTags as storeTags } from "../../store/inventory.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { notFound } from "../errors.ts";
import { loadTargetDiagnostics } from "./target-diagnostics.ts";
import { toTargetSummary } from "./to-target-summary.ts";

/** Replaces a target's tags (what rules scoped by tag match) and records the change. */
export async function setTargetTags({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { targetId: string; tags: string[] };
}): Promise<TargetSummary> {
  authorize(ctx, "assets.manage");
  const row = await withTransaction(ctx.db, async (tx) => {
    const before = await findTarget(tx, ctx.orgId, input.targetId, { forUpdate: true });
    if (!before) throw notFound("target");
    await storeTags(tx, ctx.orgId, before.id, input.tags);
    await recordAudit(tx, ctx, {
      action: "target.changed",
      resourceType: "target",
      resourceId: before.id,
      before: { name: before.name, tags: before.tags },
      after: { name: before.name, tags: input.tags },
    });
    return { ...before, tags: input.tags };
  });
  const diagnostics = await loadTargetDiagnostics(ctx, [row.id]);
  return toTargetSummary(row, new Date(), diagnostics.get(row.id));
}
