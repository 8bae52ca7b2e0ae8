import type { Collector } from "../types.ts";
import type { PostgresSession } from "./connect.ts";
import { readAllSettingsDiagnostic, statementsDiagnostics } from "./diagnostics.ts";
import { checkPrivileges } from "./features.ts";
import { mapExtensions, mapRoles, mapSettings } from "./map-config.ts";
import { mapWraparound } from "./map-server.ts";
import { wraparoundQuery } from "./queries.ts";
import {
  extensionsQuery,
  rolesQuery,
  settingsQuery,
  statementsExtensionQuery,
} from "./queries-config.ts";

type PgCollector = Collector<PostgresSession>;

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
