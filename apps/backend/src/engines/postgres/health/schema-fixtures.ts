import type { PostgresSchemaObject } from "@logstag/protocol";
import { input, snapshot } from "../../../health/input-fixture.ts";

/** `postgres.schema` rows for the schema check tests, in the protocol's row shape. */
export type Row = PostgresSchemaObject;
const at = "2026-03-01T00:00:00.000Z";
export const obj = (type: Row["type"], name: string, o: Partial<Row> = {}): Row => ({
  database: "app",
  type,
  schema: "public",
  name,
  table: null,
  owner: "app",
  definition: null,
  ...o,
});
export const database = (name = "app", collected = true) =>
  obj("database", name, { database: name, schema: null, collected });
export const table = (
  name: string,
  stats: Record<string, number | null> = {},
  definition = "id bigint not null",
) =>
  obj("table", name, {
    definition,
    stats: { sizeBytes: 8e6, estimatedRows: 50_000, deadTuples: 100, ...stats },
    times: { lastVacuum: null, lastAutovacuum: at, lastAnalyze: null, lastAutoanalyze: at },
  });
export const pkey = (tableName: string) =>
  obj("constraint", `${tableName}_pkey`, {
    table: tableName,
    owner: null,
    definition: "PRIMARY KEY (id)",
    flags: [],
  });
export const index = (name: string, tableName: string, cols: string, o: Partial<Row> = {}) =>
  obj("index", name, {
    table: tableName,
    definition: `CREATE INDEX ${name} ON public.${tableName} USING btree (${cols})`,
    stats: { sizeBytes: 16_384, scans: 12 },
    flags: [],
    ...o,
  });
export const fk = (name: string, tableName: string, cols: string, flagged: boolean) =>
  obj("constraint", name, {
    table: tableName,
    owner: null,
    definition: `FOREIGN KEY (${cols}) REFERENCES public.customers(id)`,
    flags: flagged ? ["fk_without_index"] : [],
  });
export const sequence = (
  name: string,
  lastValue: number | null,
  type = "integer",
  effectiveMax?: number,
  lastValueReadable = true,
) => {
  const max = type === "bigint" ? "9223372036854775807" : "2147483647";
  return obj("sequence", name, {
    definition: `${type} start 1 increment 1 min 1 max ${max}`,
    stats: { lastValue, effectiveMax: effectiveMax ?? Number(max), usedShare: null },
    lastValueReadable,
  });
};

export const schema = (rows: Row[], o: { truncated?: boolean; databases?: Row[] } = {}) =>
  input({
    snapshots: {
      "postgres.schema": {
        ...snapshot([...(o.databases ?? [database()]), ...rows]),
        truncated: o.truncated ?? false,
      },
    },
  });
