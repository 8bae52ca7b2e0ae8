import { ENGINE_KINDS, type EngineKind } from "@logstag/protocol";
import { postgres } from "./postgres/index.ts";
import { redis } from "./redis/index.ts";
import type { EngineCollectors } from "./types.ts";

/**
 * Every engine Logstag knows, and what this release can collect from it (null: not yet).
 * An engine's functions only ever receive values produced by that same engine's
 * `configSchema` and `connect`, so widening them to the default type parameters is safe.
 */
export const ENGINES = {
  postgres,
  sqlserver: null,
  mongodb: null,
  redis,
  valkey: redis,
  oracle: null,
  mysql: null,
} as const satisfies Record<EngineKind, EngineCollectors | null>;

export function findEngine(kind: EngineKind): EngineCollectors | null {
  return ENGINES[kind];
}

export function supportedEngines(): EngineKind[] {
  return ENGINE_KINDS.filter((kind) => ENGINES[kind] !== null);
}
