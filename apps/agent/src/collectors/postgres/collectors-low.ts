import type { Collector } from "../types.ts";
import type { PostgresSession } from "./connect.ts";
import {
  readAllSettingsDiagnostic,
  readAllStatsDiagnostic,
  statementsDiagnostics,
} from "./diagnostics.ts";
import { checkPrivileges } from "./features.ts";
import { mapExtensions, mapRoles, mapSettings } from "./map-config.ts";
import { mapDatabaseSizes, mapWraparound } from "./map-server.ts";
import { databaseSizesQuery, wraparoundQuery } from "./queries.ts";
import {
  extensionsQuery,
  rolesQuery,
  settingsQuery,
  statementsExtensionQuery,
} from "./queries-config.ts";

type PgCollector = Collector<PostgresSession>;

/**
 * pg_database_size() walks every file of a database, so it can take long on a large cluster:
 * on its own, a slow run costs only the sizes, never the pg_stat_database counters.
 */
export const databaseSizesCollector: PgCollector = {
  name: "database_sizes",
  group: "low",
  async collect(session) {
    const rows = await session.query(databaseSizesQuery);
    const skipped = rows.some((r) => r.size_bytes === null);
    return {
      metrics: mapDatabaseSizes(rows),
      diagnostics: skipped
        ? readAllStatsDiagnostic(
            await checkPrivileges(session),
            "Sizes of databases the role may not connect to are not collected.",
          )
        : [],
    };
  },
};

export const settingsCollector: PgCollector = {
  name: "settings",
  group: "low",
  async collect(session) {
    const rows = await session.query(settingsQuery);
    const privileges = await checkPrivileges(session);
    const [statements] = await session.query(statementsExtensionQuery);
    const { metrics, snapshot } = mapSettings(rows);
    const setting = (name: string) => rows.find((r) => r.name === name)?.setting;
    const preload = setting("shared_preload_libraries");
    return {
      metrics,
      snapshot,
      diagnostics: [
        ...readAllSettingsDiagnostic(privileges),
        ...statementsDiagnostics(
          typeof preload === "string" ? preload : undefined,
          statements?.installed === true,
          typeof statements?.database === "string" ? statements.database : "",
        ),
      ],
    };
  },
};

export const rolesCollector: PgCollector = {
  name: "roles",
  group: "low",
  async collect(session) {
    return { metrics: [], snapshot: mapRoles(await session.query(rolesQuery)) };
  },
};

export const extensionsCollector: PgCollector = {
  name: "extensions",
  group: "low",
  async collect(session) {
    return { metrics: [], snapshot: mapExtensions(await session.query(extensionsQuery)) };
  },
};

export const wraparoundCollector: PgCollector = {
  name: "wraparound",
  group: "low",
  async collect(session) {
    return { metrics: mapWraparound(await session.query(wraparoundQuery)) };
  },
};
