import type { EngineBackend } from "../engine-backend.ts";
import { postgresInstanceDetails } from "./instance-details.ts";

export const postgresBackend: EngineBackend = {
  instanceDetails: postgresInstanceDetails,
};
