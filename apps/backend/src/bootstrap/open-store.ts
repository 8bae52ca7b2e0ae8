import { join } from "node:path";
import type { Logger } from "pino";
import type { BackendConfig } from "../config.ts";
import { prepareAppRole, roleOf } from "../store/app-role.ts";
import { createDb, type Db } from "../store/db.ts";
import {
  type EmbeddedStore,
  readOrCreateSecret,
  startEmbeddedStore,
} from "../store/embedded-store.ts";
import { migrate } from "../store/migrate.ts";

/** The role the embedded store serves requests as. */
export const EMBEDDED_APP_ROLE = "logstag_app";

export interface OpenStore {
  /** Requests: the application role, with a statement timeout. */
  db: Db;
  /** The schema owner: migrations, background jobs, the demo's setup. */
  ownerUrl: string;
  embedded: EmbeddedStore | undefined;
  applied: string[];
}

/**
 * Connects to the store with two roles: the owner applies migrations and grants the application
 * role what it needs (store/app-role.ts); requests then run as the application role, which cannot
 * change or remove audit records. The embedded store creates both itself. With an external
 * DATABASE_URL the operator provides them (LOGSTAG_OWNER_DATABASE_URL, see docs/security.md);
 * without an owner URL everything runs as DATABASE_URL's role, as before, with a warning.
 */
export async function openStore(config: BackendConfig, logger: Logger): Promise<OpenStore> {
  const say = (msg: string) => logger.info(msg);
  let embedded: EmbeddedStore | undefined;
  let appUrl: string;
  let ownerUrl: string;
  let appPassword: string | undefined;
  if (config.databaseUrl) {
    appUrl = config.databaseUrl;
    ownerUrl = config.ownerDatabaseUrl ?? config.databaseUrl;
  } else {
    embedded = await startEmbeddedStore(config.dataDir, say);
    appPassword = await readOrCreateSecret(join(config.dataDir, "pg-app-password"));
    ownerUrl = embedded.url;
    appUrl = embedded.urlFor(EMBEDDED_APP_ROLE, appPassword);
  }
  const owner = createDb(ownerUrl, 1);
  let applied: string[];
  try {
    applied = await migrate(owner);
    if (roleOf(ownerUrl) !== roleOf(appUrl))
      await prepareAppRole(owner, roleOf(appUrl), appPassword);
    else
      logger.warn(
        "DATABASE_URL's role owns the schema, so it could remove the audit log's guard; set LOGSTAG_OWNER_DATABASE_URL to a separate owner role (docs/security.md)",
      );
  } finally {
    await owner.end();
  }
  const db = createDb(appUrl, 10, { statementTimeoutMs: config.statementTimeoutMs });
  return { db, ownerUrl, embedded, applied };
}
