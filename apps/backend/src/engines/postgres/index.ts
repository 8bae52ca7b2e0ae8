import { fileURLToPath } from "node:url";
import type { EngineBackend } from "../engine-backend.ts";
import { POSTGRES_HEALTH_CHECKS } from "./health/index.ts";
import { postgresInstanceDetails } from "./instance-details.ts";

export const postgresBackend: EngineBackend = {
  instanceDetails: postgresInstanceDetails,
  alertTemplatesDir: fileURLToPath(new URL("./alert-templates/", import.meta.url)),
  healthChecks: POSTGRES_HEALTH_CHECKS,
};
