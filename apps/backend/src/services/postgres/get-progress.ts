import type { PostgresProgressResponse } from "@logstag/api-contract";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { readLatestSnapshot } from "./read-latest-snapshot.ts";

/** VACUUM and ANALYZE operations running at the latest sample. */
export async function getPostgresProgress({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { targetId: string };
}): Promise<PostgresProgressResponse> {
  authorize(ctx, "metrics.read");
  return readLatestSnapshot(ctx, input.targetId, "postgres.progress");
}
