import type { InstanceResponse } from "@logstag/api-contract";
import type { HealthCheck } from "../health/check-types.ts";
import type { Ctx } from "../services/context.ts";
import type { TargetRow } from "../store/inventory.ts";

export type InstanceDetails = Pick<InstanceResponse, "facts" | "parts">;

/** What an engine adds to the backend beyond the generic series and snapshot routes. */
export interface EngineBackend {
  /** Headline facts and parts of an instance, read from its latest samples. */
  instanceDetails(ctx: Ctx, target: TargetRow): Promise<InstanceDetails>;
  /** The folder of the engine's alert templates (`*.yaml`, one template per file). */
  alertTemplatesDir: string;
  /** The engine's health checks: pure functions over the stored snapshots and series. */
  healthChecks: readonly HealthCheck[];
}
