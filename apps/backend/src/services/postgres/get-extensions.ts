import type { PostgresExtensionsResponse } from "@logstag/api-contract";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { readLatestSnapshot } from "./read-latest-snapshot.ts";

/** Extensions installed in the monitored database. */
export async function getPostgresExtensions({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { targetId: string };
}): Promise<PostgresExtensionsResponse> {
  authorize(ctx, "metrics.read");
  return readLatestSnapshot(ctx, input.targetId, "postgres.extensions");
}
