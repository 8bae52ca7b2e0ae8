import type { ChangeTracking, SnapshotKindDef } from "../../snapshot-kind.ts";
import { normalizeQuery } from "./normalize-query.ts";
import {
  type PostgresSchemaObject,
  postgresSchemaObjectSchema,
  schemaObjectKey,
} from "./schema-rows.ts";
import {
  type PostgresRole,
  type PostgresSession,
  type PostgresSetting,
  postgresExtensionSchema,
  postgresProgressSchema,
  postgresRoleSchema,
  postgresSessionSchema,
  postgresSettingSchema,
} from "./snapshot-rows.ts";
import { type PostgresStatement, postgresStatementSchema } from "./statement-rows.ts";

/** Sessions sent before text modes existed carried raw text. */
function redactSession(row: unknown): unknown {
  const s = row as PostgresSession;
  if (s.queryTextMode === "normalized" || s.queryTextMode === "none" || s.query === null) return s;
  return { ...s, query: normalizeQuery(s.query), queryTextMode: "normalized" };
}

function redactStatement(row: unknown): unknown {
  const s = row as PostgresStatement;
  if (s.textMode !== "raw" || s.text === null) return s;
  return { ...s, text: normalizeQuery(s.text), textMode: "normalized" };
}

const settingChanges: ChangeTracking = {
  key: (row) => (row as PostgresSetting).name,
  object: (row) => ({ type: "setting", name: (row as PostgresSetting).name }),
  fields: ["setting", "pendingRestart"],
};

const roleChanges: ChangeTracking = {
  key: (row) => (row as PostgresRole).name,
  object: (row) => ({ type: "role", name: (row as PostgresRole).name }),
  fields: [
    "superuser",
    "inherit",
    "createRole",
    "createDb",
    "canLogin",
    "replication",
    "bypassRls",
    "connectionLimit",
    "validUntil",
    "memberOf",
  ],
};

/** Databases are the scope: a database the agent could not read this time changes nothing. */
const schemaChanges: ChangeTracking = {
  key: (row) => schemaObjectKey(row as PostgresSchemaObject),
  object: (row) => {
    const o = row as PostgresSchemaObject;
    const qualified = [o.schema, o.table, o.name].filter((p) => p !== null).join(".");
    return { type: o.type, name: o.type === "database" ? o.name : `${o.database}: ${qualified}` };
  },
  fields: ["definition", "owner", "storage"],
  addedFields: ["storage"],
  scope: (row) => {
    const o = row as PostgresSchemaObject;
    return o.type === "database" ? "" : o.database;
  },
  coveredScopes: (rows) => {
    const covered = new Set<string>([""]);
    for (const row of rows as PostgresSchemaObject[]) {
      if (row.type === "database" && row.collected !== false) covered.add(row.name);
    }
    return covered;
  },
};

export const POSTGRES_SNAPSHOT_KINDS = {
  "postgres.activity": {
    engine: "postgres",
    row: postgresSessionSchema,
    maxRows: 1000,
    description: "Sessions that are not idle, and idle ones that block others.",
    redactRaw: redactSession,
  },
  "postgres.settings": {
    engine: "postgres",
    row: postgresSettingSchema,
    maxRows: 2000,
    description: "Every setting of pg_settings, secrets masked.",
    changes: settingChanges,
  },
  "postgres.roles": {
    engine: "postgres",
    row: postgresRoleSchema,
    maxRows: 2000,
    description: "Roles with their attributes and memberships.",
    changes: roleChanges,
  },
  "postgres.extensions": {
    engine: "postgres",
    row: postgresExtensionSchema,
    maxRows: 500,
    description: "Extensions installed in the agent's database.",
  },
  "postgres.progress": {
    engine: "postgres",
    row: postgresProgressSchema,
    maxRows: 500,
    description: "VACUUM and ANALYZE operations in progress.",
  },
  "postgres.statements": {
    engine: "postgres",
    row: postgresStatementSchema,
    maxRows: 1000,
    description:
      "Texts, databases and users of the statements behind the `query` label of postgres.statements.* (new ones only).",
    retention: "history",
    rowKey: "key",
    redactRaw: redactStatement,
  },
  "postgres.schema": {
    engine: "postgres",
    row: postgresSchemaObjectSchema,
    maxRows: 20_000,
    description:
      "Databases, schemas, tables, indexes, views, sequences, functions, triggers and constraints with their definitions and statistics.",
    retention: "history",
    changes: schemaChanges,
  },
} as const satisfies Record<string, SnapshotKindDef>;
