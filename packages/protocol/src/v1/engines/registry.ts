import type { EngineKind } from "../engines.ts";
import type { EngineProtocol } from "./engine-protocol.ts";
import { postgresProtocol } from "./postgres/index.ts";
import { redisProtocol } from "./redis/index.ts";

/** The protocol module each engine reports with (null: not collected yet). */
export const ENGINE_PROTOCOLS = {
  postgres: postgresProtocol,
  sqlserver: null,
  mongodb: null,
  redis: redisProtocol,
  valkey: redisProtocol,
  oracle: null,
  mysql: null,
} as const satisfies Record<EngineKind, EngineProtocol | null>;

export type RegisteredProtocol = NonNullable<(typeof ENGINE_PROTOCOLS)[EngineKind]>;

/** Each module once, even when several engines share it. */
export const PROTOCOL_MODULES: readonly EngineProtocol[] = [
  ...new Set(Object.values(ENGINE_PROTOCOLS).filter((p) => p !== null)),
];

/** The catalog prefix an engine's payloads use (`valkey` → `redis`); null when not collected. */
export function catalogEngine(engine: EngineKind): EngineKind | null {
  return ENGINE_PROTOCOLS[engine]?.engine ?? null;
}
