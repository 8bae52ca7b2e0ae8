import type { EngineKind } from "@logstag/protocol";
import type { EngineBackend } from "./engine-backend.ts";
import { postgresBackend } from "./postgres/index.ts";
import { redisBackend } from "./redis/index.ts";

/** What the backend knows of each engine beyond the generic routes (null: nothing yet). */
export const ENGINE_BACKENDS = {
  postgres: postgresBackend,
  sqlserver: null,
  mongodb: null,
  redis: redisBackend,
  valkey: redisBackend,
  oracle: null,
  mysql: null,
} as const satisfies Record<EngineKind, EngineBackend | null>;
