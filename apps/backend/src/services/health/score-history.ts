import type { ScoreHistoryResponse } from "@logstag/api-contract";
import { listScores } from "../../store/health-reports.ts";
import { findTarget } from "../../store/inventory.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { notFound } from "../errors.ts";

export async function scoreHistory({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { targetId: string; days: number };
}): Promise<ScoreHistoryResponse> {
  authorize(ctx, "reports.read");
  const target = await findTarget(ctx.db, ctx.orgId, input.targetId);
  if (!target) throw notFound("target");
  const since = new Date(Date.now() - input.days * 86_400_000);
  const rows = await listScores(ctx.db, ctx.orgId, target.id, since);
  return {
    points: rows.map((r) => ({
      reportId: r.id,
      generatedAt: r.generated_at.toISOString(),
      score: r.score,
    })),
  };
}
