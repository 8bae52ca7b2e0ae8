import { fileURLToPath } from "node:url";
import type { EngineBackend } from "../engine-backend.ts";
import { postgresInstanceDetails } from "./instance-details.ts";

export const postgresBackend: EngineBackend = {
  instanceDetails: postgresInstanceDetails,
  alertTemplatesDir: fileURLToPath(new URL("./alert-templates/", import.meta.url)),
};
