import type { PostgresSettingsResponse } from "@logstag/api-contract";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { readLatestSnapshot } from "./read-latest-snapshot.ts";

/** Settings (secrets masked by the agent), non-default ones flagged. */
export async function getPostgresSettings({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { targetId: string };
}): Promise<PostgresSettingsResponse> {
  authorize(ctx, "metrics.read");
  return readLatestSnapshot(ctx, input.targetId, "postgres.settings");
}
