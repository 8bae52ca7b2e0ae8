import type { HealthCheck } from "../../../health/check-types.ts";
import { memoryChecks } from "./checks-memory.ts";
import { operationsChecks } from "./checks-operations.ts";
import { persistenceChecks } from "./checks-persistence.ts";
import { securityChecks } from "./checks-security.ts";

/** Redis and Valkey share these: Valkey reports with Redis's catalog. */
export const REDIS_HEALTH_CHECKS: readonly HealthCheck[] = [
  ...securityChecks,
  ...memoryChecks,
  ...persistenceChecks,
  ...operationsChecks,
];
