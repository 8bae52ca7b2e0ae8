import type { EngineKind } from "@logstag/protocol";
import { ENGINE_BACKENDS } from "../../engines/registry.ts";
import type { HealthCheck } from "../../health/check-types.ts";

/** The checks of an engine; an empty list for an engine without any yet. */
export function healthChecksOf(engine: EngineKind): readonly HealthCheck[] {
  return ENGINE_BACKENDS[engine]?.healthChecks ?? [];
}
