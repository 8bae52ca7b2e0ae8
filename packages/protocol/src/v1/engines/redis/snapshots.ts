import type { SnapshotKindDef } from "../../snapshot-kind.ts";
import {
  redisClientSchema,
  redisConfigSchema,
  redisSecuritySchema,
  redisSlowlogEntrySchema,
} from "./snapshot-rows.ts";

/** Rows a first slow log collection sends at most (the newest entries). */
export const REDIS_SLOWLOG_FIRST_ROWS = 128;

export const REDIS_SNAPSHOT_KINDS = {
  "redis.clients": {
    engine: "redis",
    row: redisClientSchema,
    maxRows: 2000,
    description: "Client connections (CLIENT LIST), without the agent's own.",
  },
  "redis.slowlog": {
    engine: "redis",
    row: redisSlowlogEntrySchema,
    maxRows: 1000,
    description: "Slow log entries added since the previous collection; arguments never sent.",
  },
  "redis.config": {
    engine: "redis",
    row: redisConfigSchema,
    maxRows: 2000,
    description: "Every parameter of CONFIG GET *, secrets masked.",
  },
  "redis.security": {
    engine: "redis",
    row: redisSecuritySchema,
    maxRows: 1,
    description: "Protected mode, default user, ACL users and dangerous commands.",
  },
} as const satisfies Record<string, SnapshotKindDef>;
