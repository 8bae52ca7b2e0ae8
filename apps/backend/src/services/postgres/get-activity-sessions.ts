import type { ActivitySessionsResponse } from "@logstag/api-contract";
import { parseSnapshotRows } from "@logstag/protocol";
import { findSnapshotAt } from "../../store/snapshots.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { findPostgresTarget } from "./postgres-target.ts";

/** A sample older than this before `at` says nothing about that moment. */
const LOOKBACK_MS = 3_600_000;

/** The session sample taken at or before `at`, with who blocks whom. */
export async function getActivitySessions({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { targetId: string; at: string };
}): Promise<ActivitySessionsResponse> {
  authorize(ctx, "metrics.read");
  const target = await findPostgresTarget(ctx, input.targetId);
  const at = new Date(input.at);
  const sample = await findSnapshotAt(ctx.db, ctx.orgId, {
    targetId: target.id,
    kind: "postgres.activity",
    at,
    notBefore: new Date(at.getTime() - LOOKBACK_MS),
  });
  if (!sample) return { sampledAt: null, truncated: false, sessions: [] };
  return {
    sampledAt: sample.collected_at.toISOString(),
    truncated: sample.truncated,
    sessions: parseSnapshotRows("postgres.activity", sample.rows),
  };
}
