import type { Diagnostic, PostgresSchemaObject } from "@logstag/protocol";
import type { Row } from "./map.ts";

export interface Privileges {
  role: string;
  readAllStats: boolean;
  readAllSettings: boolean;
}

export function readPrivileges(row: Row | undefined): Privileges {
  return {
    role: typeof row?.role_name === "string" ? row.role_name : "",
    readAllStats: row?.read_all_stats === true,
    readAllSettings: row?.read_all_settings === true,
  };
}

/** A role name as SQL writes it: quoted unless it is a plain lower-case identifier. */
export function quoteIdent(name: string): string {
  return /^[a-z_][a-z0-9_$]*$/.test(name) ? name : `"${name.replaceAll('"', '""')}"`;
}

const grantMonitor = (role: string) => `GRANT pg_monitor TO ${quoteIdent(role)};`;

/** What a collector that reads other sessions' statistics loses without pg_read_all_stats. */
export function readAllStatsDiagnostic(p: Privileges, impact: string): Diagnostic[] {
  if (p.readAllStats) return [];
  return [
    {
      code: "pg_read_all_stats",
      missing: "membership in pg_monitor (or pg_read_all_stats)",
      impact,
      fix: grantMonitor(p.role),
    },
  ];
}

export function readAllSettingsDiagnostic(p: Privileges): Diagnostic[] {
  if (p.readAllSettings) return [];
  return [
    {
      code: "pg_read_all_settings",
      missing: "membership in pg_monitor (or pg_read_all_settings)",
      impact:
        "Settings reserved to superusers (data_directory, shared_preload_libraries, …) are not collected.",
      fix: grantMonitor(p.role),
    },
  ];
}

/**
 * pg_stat_statements must be preloaded (restart) and created as an extension for query statistics.
 * `preload` is shared_preload_libraries, undefined when the role may not read it.
 */
export function statementsDiagnostics(
  preload: string | undefined,
  installed: boolean,
  database: string,
): Diagnostic[] {
  if (preload === undefined) return [];
  const libraries = preload.split(",").map((l) => l.trim().replace(/^"|"$/g, ""));
  const loaded = libraries.some(
    (l) => l === "pg_stat_statements" || l === "$libdir/pg_stat_statements",
  );
  if (!loaded) {
    const list = [...libraries.filter(Boolean), "pg_stat_statements"].join(",");
    return [
      {
        code: "pg_stat_statements.preload",
        missing: "pg_stat_statements in shared_preload_libraries",
        impact: "Query statistics cannot be collected.",
        fix: `ALTER SYSTEM SET shared_preload_libraries = '${list}'; -- then restart PostgreSQL and run CREATE EXTENSION pg_stat_statements; in ${quoteIdent(database)}`,
      },
    ];
  }
  if (installed) return [];
  return [
    {
      code: "pg_stat_statements.extension",
      missing: `the pg_stat_statements extension in database ${database}`,
      impact: "Query statistics cannot be collected.",
      fix: `CREATE EXTENSION pg_stat_statements; -- in ${quoteIdent(database)}`,
    },
  ];
}

/**
 * Sequences whose last value the role may not read (pg_sequences hides it without SELECT or
 * USAGE). SELECT is the read-only grant: USAGE would also allow nextval().
 */
export function sequencePrivilegeDiagnostic(
  database: string,
  role: string,
  objects: readonly PostgresSchemaObject[],
): Diagnostic[] {
  const hidden = objects.filter((o) => o.type === "sequence" && o.lastValueReadable === false);
  if (hidden.length === 0) return [];
  const schemas = [...new Set(hidden.map((o) => quoteIdent(o.schema ?? "public")))];
  const names = hidden.slice(0, 5).map((o) => `${o.schema}.${o.name}`);
  const more = hidden.length > names.length ? ` and ${hidden.length - names.length} more` : "";
  return [
    {
      code: "schema.sequence_privilege",
      missing: `SELECT on ${hidden.length} sequence(s) of database ${database}`,
      impact:
        `Their last value is hidden, so how close they are to their maximum is not evaluated: ${names.join(", ")}${more}.`.slice(
          0,
          500,
        ),
      fix: `GRANT SELECT ON ALL SEQUENCES IN SCHEMA ${schemas.join(", ")} TO ${quoteIdent(role)}; -- in database ${quoteIdent(database)}`.slice(
        0,
        1000,
      ),
    },
  ];
}
