import type { Diagnostic, PostgresSchemaObject } from "@logstag/protocol";
import { MAX_DIAGNOSTICS_PER_PAYLOAD, SNAPSHOT_KINDS } from "@logstag/protocol";
import type { Collector } from "../types.ts";
import type { PostgresSession } from "./connect.ts";
import { quoteIdent, sequencePrivilegeDiagnostic } from "./diagnostics.ts";
import { textOrNull } from "./map.ts";
import { mapDatabaseRow, mapSchema } from "./map-schema.ts";
import {
  schemaConstraintsQuery,
  schemaDatabasesQuery,
  schemaFunctionsQuery,
  schemaIndexesQuery,
  schemaNamespacesQuery,
  schemaRelationsQuery,
  schemaSequencesQuery,
  schemaTriggersQuery,
} from "./queries-schema.ts";

async function readDatabase(s: PostgresSession, database: string): Promise<PostgresSchemaObject[]> {
  return mapSchema(database, {
    namespaces: await s.query(schemaNamespacesQuery),
    relations: await s.query(schemaRelationsQuery),
    indexes: await s.query(schemaIndexesQuery),
    constraints: await s.query(schemaConstraintsQuery),
    sequences: await s.query(schemaSequencesQuery),
    functions: await s.query(schemaFunctionsQuery),
    triggers: await s.query(schemaTriggersQuery),
  });
}

/**
 * Schema metadata of every database the role may connect to (the largest `schema_databases`),
 * one short-lived connection at a time, the agent's own database on its session. A database that
 * cannot be read is marked so, and change history leaves its objects alone.
 */
export const schemaCollector: Collector<PostgresSession> = {
  name: "schema",
  group: "schema",
  timeoutMs: 120_000,
  async collect(session) {
    const max = SNAPSHOT_KINDS["postgres.schema"].maxRows;
    const databases = await session.query(schemaDatabasesQuery, [session.schemaDatabases]);
    const rows: PostgresSchemaObject[] = [];
    const diagnostics: Diagnostic[] = [];
    let truncated = false;
    for (const db of databases) {
      const name = textOrNull(db.datname);
      if (!name) continue;
      let objects: PostgresSchemaObject[] = [];
      let collected = true;
      try {
        objects =
          name === session.database
            ? await readDatabase(session, name)
            : await session.inDatabase(name, (s) => readDatabase(s, name));
      } catch (error) {
        collected = false;
        if (diagnostics.filter((d) => d.code === "schema.database").length < 5) {
          diagnostics.push({
            code: "schema.database",
            missing: `a connection to database ${name}`,
            impact: `Schema metadata and change history of ${name} are not collected: ${String((error as Error).message ?? error).slice(0, 200)}`,
            fix: `GRANT CONNECT ON DATABASE ${quoteIdent(name)} TO ${quoteIdent(session.user)}; -- and allow it in pg_hba.conf`,
          });
        }
      }
      diagnostics.push(...sequencePrivilegeDiagnostic(name, session.user, objects));
      rows.push(mapDatabaseRow(db, collected));
      const room = max - rows.length;
      if (objects.length > room) truncated = true;
      rows.push(...objects.slice(0, Math.max(0, room)));
    }
    return {
      metrics: [],
      snapshot: { kind: "postgres.schema", rows, truncated },
      diagnostics: diagnostics.slice(0, MAX_DIAGNOSTICS_PER_PAYLOAD),
    };
  },
};
