import type { PostgresRolesResponse } from "@logstag/api-contract";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { readLatestSnapshot } from "./read-latest-snapshot.ts";

/** Roles with attributes and memberships. */
export async function getPostgresRoles({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { targetId: string };
}): Promise<PostgresRolesResponse> {
  authorize(ctx, "metrics.read");
  return readLatestSnapshot(ctx, input.targetId, "postgres.roles");
}
