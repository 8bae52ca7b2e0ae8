import type { EngineProtocol } from "../engine-protocol.ts";
import { REDIS_METRICS } from "./metrics.ts";
import { REDIS_SNAPSHOT_KINDS } from "./snapshots.ts";

export * from "./snapshot-rows.ts";
export { REDIS_SLOWLOG_FIRST_ROWS } from "./snapshots.ts";

/** Shared by Redis and Valkey targets: their payloads use the `redis.` prefix. */
export const redisProtocol = {
  engine: "redis",
  metrics: REDIS_METRICS,
  snapshotKinds: REDIS_SNAPSHOT_KINDS,
} as const satisfies EngineProtocol;
