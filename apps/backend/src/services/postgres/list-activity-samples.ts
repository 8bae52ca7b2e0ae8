import { type ActivitySamplesResponse, MAX_ACTIVITY_SAMPLES } from "@logstag/api-contract";
import { listSnapshotTimes } from "../../store/snapshots.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { badRequest } from "../errors.ts";
import { findPostgresTarget } from "./postgres-target.ts";

const MAX_RANGE_DAYS = 31;

/** When the session samples of a range were taken, to pick one from the chart. */
export async function listActivitySamples({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { targetId: string; from: string; to: string };
}): Promise<ActivitySamplesResponse> {
  authorize(ctx, "metrics.read");
  const from = new Date(input.from);
  const to = new Date(input.to);
  if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * 86_400_000) {
    throw badRequest(`the range may span at most ${MAX_RANGE_DAYS} days`);
  }
  const target = await findPostgresTarget(ctx, input.targetId);
  const rows = await listSnapshotTimes(ctx.db, ctx.orgId, {
    targetId: target.id,
    kind: "postgres.activity",
    from,
    to,
    limit: MAX_ACTIVITY_SAMPLES + 1,
  });
  const truncated = rows.length > MAX_ACTIVITY_SAMPLES;
  return {
    samples: (truncated ? rows.slice(1) : rows).map((r) => ({
      sampledAt: r.collected_at.toISOString(),
      sessions: r.row_count,
    })),
    truncated,
  };
}
