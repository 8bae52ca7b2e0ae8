import type { TargetSummary } from "@logstag/api-contract";
import { findTarget } from "../../store/inventory.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { notFound } from "../errors.ts";
import { loadTargetDiagnostics } from "./target-diagnostics.ts";
import { toTargetSummary } from "./to-target-summary.ts";

export async function getTarget({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { targetId: string };
}): Promise<TargetSummary> {
  authorize(ctx, "assets.read");
  const row = await findTarget(ctx.db, ctx.orgId, input.targetId);
  if (!row) throw notFound("target");
  const diagnostics = await loadTargetDiagnostics(ctx, [row.id]);
  return toTargetSummary(row, new Date(), diagnostics.get(row.id));
}
