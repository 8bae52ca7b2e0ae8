import type { BackendConfig } from "../config.ts";
import type { Db } from "../services/context.ts";

export interface RouteDeps {
  db: Db;
  config: BackendConfig;
  version: string;
}
