import type { EngineCollectors } from "../types.ts";
import { clientsCollector, serverCollector } from "./collectors-high.ts";
import { configCollector, securityCollector } from "./collectors-low.ts";
import {
  commandsCollector,
  keyspaceCollector,
  latencyCollector,
  persistenceCollector,
  replicationCollector,
  slowlogCollector,
} from "./collectors-medium.ts";
import { type RedisConnection, redisConfigSchema, redisEndpoint } from "./config.ts";
import { connectRedis, type RedisSession } from "./connect.ts";
import { describeRedisError } from "./errors.ts";
import { redisReadOnlyPolicy } from "./read-only-policy.ts";

/** Redis and Valkey (one module: Valkey answers the same commands, and says it is Valkey in INFO). */
export const redis: EngineCollectors<RedisConnection, RedisSession> = {
  configSchema: redisConfigSchema,
  endpoint: redisEndpoint,
  connect: connectRedis,
  describeError: describeRedisError,
  collectors: [
    serverCollector,
    clientsCollector,
    commandsCollector,
    persistenceCollector,
    replicationCollector,
    keyspaceCollector,
    slowlogCollector,
    latencyCollector,
    configCollector,
    securityCollector,
  ],
  readOnly: redisReadOnlyPolicy,
};
