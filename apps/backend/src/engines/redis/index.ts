import { fileURLToPath } from "node:url";
import type { EngineBackend } from "../engine-backend.ts";
import { REDIS_HEALTH_CHECKS } from "./health/index.ts";
import { redisInstanceDetails } from "./instance-details.ts";

/** Redis and Valkey: Valkey reports with Redis's catalog. */
export const redisBackend: EngineBackend = {
  instanceDetails: redisInstanceDetails,
  alertTemplatesDir: fileURLToPath(new URL("./alert-templates/", import.meta.url)),
  healthChecks: REDIS_HEALTH_CHECKS,
};
