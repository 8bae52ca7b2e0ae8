import { z } from "zod";

const isoTime = z.iso.datetime({ offset: true });
const name = z.string().max(256);

export const SCHEMA_OBJECT_TYPES = [
  "database",
  "schema",
  "table",
  "index",
  "view",
  "materialized_view",
  "sequence",
  "function",
  "trigger",
  "constraint",
] as const;
export type SchemaObjectType = (typeof SCHEMA_OBJECT_TYPES)[number];

/** Problems the schema collector flags on an object; the Schema Explorer lists them. */
export const SCHEMA_FLAGS = [
  /** Index never scanned since statistics were reset (unique and constraint indexes excluded). */
  "unused_index",
  /** Index left invalid by a failed CREATE INDEX CONCURRENTLY. */
  "invalid_index",
  /** Index with the same definition (columns, predicate) as another index of its table. */
  "duplicate_index",
  /** Foreign key whose columns lead no index of the referencing table. */
  "fk_without_index",
  /** Sequence (or the int4 key it feeds) past 75% of its range. */
  "near_exhaustion",
] as const;

/**
 * The autovacuum storage parameters a table or materialized view sets (`pg_class.reloptions`, and
 * the reloptions of its TOAST table), keyed as `ALTER TABLE … SET (…)` names them; a key is absent
 * when the parameter is not set. Only these two booleans are sent, nothing else of reloptions.
 */
export const tableStorageSchema = z
  .object({
    autovacuum_enabled: z.boolean().optional(),
    "toast.autovacuum_enabled": z.boolean().optional(),
  })
  .strict();
export type TableStorage = z.infer<typeof tableStorageSchema>;

/**
 * One object of one database. `definition` is what `pg_get_*def` says (a column list for tables)
 * and is what change history compares; the statistics move on every collection and never count
 * as a change. Only catalog and statistics views are read: never an application row.
 */
export const postgresSchemaObjectSchema = z
  .object({
    database: name,
    type: z.enum(SCHEMA_OBJECT_TYPES),
    schema: name.nullable(),
    name,
    /** The table of an index, trigger or constraint. */
    table: name.nullable(),
    owner: name.nullable(),
    definition: z.string().max(16_384).nullable(),
    /** Sizes, row estimates, scans, ages: numbers keyed by what they are (see the docs). */
    stats: z.record(z.string().max(64), z.number().nullable()).optional(),
    /** Last (auto)vacuum and (auto)analyze of a table. */
    times: z.record(z.string().max(64), isoTime.nullable()).optional(),
    flags: z.array(z.enum(SCHEMA_FLAGS)).max(SCHEMA_FLAGS.length).optional(),
    /**
     * For table and materialized view rows: the autovacuum storage parameters set on it (`{}`
     * when none). Absent from agents that predate it: then it is unknown, not "none set".
     */
    storage: tableStorageSchema.optional(),
    /**
     * For sequence rows: whether the monitoring role may read `last_value` (SELECT or USAGE on the
     * sequence). False: `stats.lastValue` is null because it is hidden; true and null: the sequence
     * was never used. Absent from agents that predate it.
     */
    lastValueReadable: z.boolean().optional(),
    /** For `database` rows: false when the agent could not read this database's catalog this time. */
    collected: z.boolean().optional(),
  })
  .strict();
export type PostgresSchemaObject = z.infer<typeof postgresSchemaObjectSchema>;

/** Identity of an object across collections. */
export function schemaObjectKey(o: PostgresSchemaObject): string {
  const qualified = [o.schema, o.table, o.name].filter((p) => p !== null).join(".");
  return `${o.database}/${o.type}/${qualified}`;
}
