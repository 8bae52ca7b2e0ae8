import type { HealthCheck } from "../../../health/check-types.ts";
import { capacityChecks } from "./checks-capacity.ts";
import { durabilityChecks } from "./checks-durability.ts";
import { maintenanceChecks } from "./checks-maintenance.ts";
import { performanceChecks } from "./checks-performance.ts";
import { schemaChecks } from "./checks-schema.ts";
import { securityChecks } from "./checks-security.ts";

export const POSTGRES_HEALTH_CHECKS: readonly HealthCheck[] = [
  ...durabilityChecks,
  ...securityChecks,
  ...capacityChecks,
  ...maintenanceChecks,
  ...performanceChecks,
  ...schemaChecks,
];
