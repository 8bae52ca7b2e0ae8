import { z } from "zod";

/**
 * Schema metadata is not collected yet. The schema collector (interval group `schema`) is expected
 * to send these four snapshot kinds, one row per object of the database the agent connects to;
 * until a snapshot of the kind exists, the checks that read it are "not evaluated". If the
 * collector lands with other field names, adapt these schemas (and their tests), not the checks.
 */
export const SCHEMA_KINDS = {
  tables: "postgres.schema.tables",
  indexes: "postgres.schema.indexes",
  foreignKeys: "postgres.schema.foreign_keys",
  sequences: "postgres.schema.sequences",
} as const;

const name = z.string();

/** pg_stat_user_tables + pg_class: estimates and maintenance times. */
export const expectedTableSchema = z.object({
  schema: name,
  name,
  /** pg_class.reltuples (estimate). */
  liveRows: z.number(),
  deadRows: z.number(),
  totalBytes: z.number(),
  /** reloptions autovacuum_enabled; null when not set on the table. */
  autovacuumEnabled: z.boolean().nullable(),
  hasPrimaryKey: z.boolean(),
  lastAutovacuum: z.string().nullable(),
  lastVacuum: z.string().nullable(),
});
export type ExpectedTable = z.infer<typeof expectedTableSchema>;

/** pg_index + pg_stat_user_indexes. */
export const expectedIndexSchema = z.object({
  schema: name,
  table: name,
  name,
  /** Key columns in index order (expressions as their text). */
  columns: z.array(z.string()),
  /** The partial index predicate, null for none. */
  predicate: z.string().nullable(),
  method: z.string(),
  unique: z.boolean(),
  primary: z.boolean(),
  /** Backs a constraint (primary key, unique, exclusion). */
  constraint: z.boolean(),
  valid: z.boolean(),
  scans: z.number(),
  sizeBytes: z.number(),
});
export type ExpectedIndex = z.infer<typeof expectedIndexSchema>;

export const expectedForeignKeySchema = z.object({
  schema: name,
  table: name,
  name,
  columns: z.array(z.string()),
  referencedTable: name,
});
export type ExpectedForeignKey = z.infer<typeof expectedForeignKeySchema>;

export const expectedSequenceSchema = z.object({
  schema: name,
  name,
  /** smallint, integer or bigint. */
  dataType: z.string(),
  /** null until the sequence is first used. */
  lastValue: z.number().nullable(),
  maxValue: z.number(),
  increment: z.number(),
  /** `table.column` of an owning column, with that column's type. */
  ownedBy: z.object({ table: name, column: name, type: z.string() }).nullable(),
});
export type ExpectedSequence = z.infer<typeof expectedSequenceSchema>;

export const schemaNotCollected = (kind: string) =>
  `schema metadata is not collected yet: this check reads snapshot kind ${kind}, which the agent's schema collector will send`;
