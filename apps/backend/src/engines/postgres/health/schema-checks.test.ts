import type { PostgresSchemaObject } from "@logstag/protocol";
import { postgresSchemaObjectSchema } from "@logstag/protocol";
import { describe, expect, it } from "vitest";
import { input, outcome, snapshot } from "../../../health/input-fixture.ts";
import { POSTGRES_HEALTH_CHECKS as CHECKS } from "./index.ts";

type Row = PostgresSchemaObject;
const at = "2026-03-01T00:00:00.000Z";
const obj = (type: Row["type"], name: string, o: Partial<Row> = {}): Row => ({
  database: "app",
  type,
  schema: "public",
  name,
  table: null,
  owner: "app",
  definition: null,
  ...o,
});
const database = (name = "app", collected = true) =>
  obj("database", name, { database: name, schema: null, collected });
const table = (
  name: string,
  stats: Record<string, number | null> = {},
  definition = "id bigint not null",
) =>
  obj("table", name, {
    definition,
    stats: { sizeBytes: 8e6, estimatedRows: 50_000, deadTuples: 100, ...stats },
    times: { lastVacuum: null, lastAutovacuum: at, lastAnalyze: null, lastAutoanalyze: at },
  });
const pkey = (tableName: string) =>
  obj("constraint", `${tableName}_pkey`, {
    table: tableName,
    owner: null,
    definition: "PRIMARY KEY (id)",
    flags: [],
  });
const index = (name: string, tableName: string, cols: string, o: Partial<Row> = {}) =>
  obj("index", name, {
    table: tableName,
    definition: `CREATE INDEX ${name} ON public.${tableName} USING btree (${cols})`,
    stats: { sizeBytes: 16_384, scans: 12 },
    flags: [],
    ...o,
  });
const fk = (name: string, tableName: string, cols: string, flagged: boolean) =>
  obj("constraint", name, {
    table: tableName,
    owner: null,
    definition: `FOREIGN KEY (${cols}) REFERENCES public.customers(id)`,
    flags: flagged ? ["fk_without_index"] : [],
  });
const sequence = (
  name: string,
  lastValue: number | null,
  type = "integer",
  effectiveMax?: number,
) => {
  const max = type === "bigint" ? "9223372036854775807" : "2147483647";
  return obj("sequence", name, {
    definition: `${type} start 1 increment 1 min 1 max ${max}`,
    stats: { lastValue, effectiveMax: effectiveMax ?? Number(max), usedShare: null },
  });
};

const schema = (rows: Row[], o: { truncated?: boolean; databases?: Row[] } = {}) =>
  input({
    snapshots: {
      "postgres.schema": {
        ...snapshot([...(o.databases ?? [database()]), ...rows]),
        truncated: o.truncated ?? false,
      },
    },
  });

const CASES: [string, Row[], RegExp, Row[]][] = [
  [
    "postgres.unused_indexes",
    [
      index("orders_note_idx", "orders", "note", {
        stats: { sizeBytes: 8192, scans: 0 },
        flags: ["unused_index"],
      }),
    ],
    /public\.orders_note_idx/,
    // A primary key never scanned is not flagged by the collector.
    [index("orders_pkey", "orders", "id", { stats: { sizeBytes: 8192, scans: 0 } })],
  ],
  [
    "postgres.duplicate_indexes",
    [
      index("a_idx", "orders", "customer_id", { flags: ["duplicate_index"] }),
      index("b_idx", "orders", "customer_id", { flags: ["duplicate_index"] }),
    ],
    /a_idx = b_idx/,
    [index("a_idx", "orders", "customer_id"), index("c_idx", "orders", "customer_id, day")],
  ],
  [
    "postgres.invalid_indexes",
    [index("broken_idx", "orders", "x", { flags: ["invalid_index"] })],
    /public\.broken_idx/,
    [index("ok_idx", "orders", "x")],
  ],
  [
    "postgres.table_bloat",
    [table("events", { estimatedRows: 60_000, deadTuples: 40_000 })],
    /public\.events \(40\.0 %\)/,
    [table("events"), table("fresh", { estimatedRows: -1, deadTuples: 0 })],
  ],
  [
    "postgres.foreign_keys_without_index",
    [fk("orders_customer_fk", "orders", "customer_id", true)],
    /public\.orders\(customer_id\)/,
    [fk("orders_customer_fk", "orders", "customer_id", false)],
  ],
  [
    "postgres.sequence_exhaustion",
    [sequence("orders_id_seq", 2_000_000_000)],
    /public\.orders_id_seq \(93\.1 %\)/,
    [sequence("orders_id_seq", 1000)],
  ],
  [
    "postgres.int4_key_exhaustion",
    [
      sequence("t_id_seq", 1_900_000_000, "bigint", 2_147_483_647),
      table("t", {}, "id integer not null default nextval('t_id_seq'::regclass), note text"),
      pkey("t"),
    ],
    /public\.t\.id/,
    [sequence("t_id_seq", 1_000, "bigint", 2_147_483_647), sequence("big_seq", 5e9, "bigint")],
  ],
  [
    "postgres.tables_without_primary_key",
    [table("log_lines")],
    /public\.log_lines/,
    [table("log_lines"), pkey("log_lines"), table("tiny", { estimatedRows: 3 })],
  ],
];

describe("PostgreSQL schema checks over postgres.schema rows", () => {
  it("uses fixtures of the protocol's row shape", () => {
    for (const [, bad, , good] of CASES) {
      for (const row of [...bad, ...good])
        expect(postgresSchemaObjectSchema.parse(row)).toEqual(row);
    }
  });
  it.each(CASES)("%s fires and names the objects", (id, bad, quote) => {
    const result = outcome(CHECKS, id, schema(bad));
    expect(result).toMatchObject({ status: "fail", summary: expect.stringMatching(quote) });
    if (result.status === "fail") expect(result.command).toMatch(/\w/);
  });
  it.each(CASES)("%s passes on a clean schema", (id, _bad, _quote, good) => {
    expect(outcome(CHECKS, id, schema(good)).status).toBe("pass");
  });
  it.each(CASES)("%s is not evaluated without a schema snapshot", (id) => {
    expect(outcome(CHECKS, id, input())).toMatchObject({
      status: "not_evaluated",
      reason: expect.stringMatching(/^no postgres\.schema snapshot was received/),
    });
  });
  it.each(CASES)("%s does not pass when a database could not be read", (id, _bad, _quote, good) => {
    const partial = schema(good, { databases: [database(), database("billing", false)] });
    expect(outcome(CHECKS, id, partial)).toMatchObject({
      status: "not_evaluated",
      reason: expect.stringMatching(/database billing could not be read/),
    });
  });
  it("does not pass on a truncated snapshot", () => {
    expect(
      outcome(CHECKS, "postgres.invalid_indexes", schema([], { truncated: true })),
    ).toMatchObject({
      status: "not_evaluated",
      reason: expect.stringMatching(/truncated/),
    });
  });
  it("says why autovacuum disabled per table is not evaluated", () => {
    expect(
      outcome(CHECKS, "postgres.table_autovacuum_disabled", schema([table("t")])),
    ).toMatchObject({
      status: "not_evaluated",
      reason: expect.stringMatching(
        /do not include the table storage parameters \(pg_class\.reloptions\)/,
      ),
    });
  });
  it("does not pass a sequence whose last value is unknown, and gives the grant", () => {
    expect(
      outcome(CHECKS, "postgres.sequence_exhaustion", schema([sequence("hidden_seq", null)])),
    ).toMatchObject({
      status: "not_evaluated",
      reason: expect.stringMatching(
        /last value of 1 sequence\(s\) is unknown \(public\.hidden_seq\)/,
      ),
      fix: "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO <the agent's role>;",
    });
  });
  it("names the database once several are monitored", () => {
    const rows = [index("x_idx", "orders", "x", { flags: ["invalid_index"] })];
    const result = outcome(
      CHECKS,
      "postgres.invalid_indexes",
      schema(rows, { databases: [database(), database("billing")] }),
    );
    expect(result).toMatchObject({ summary: expect.stringContaining("app: public.x_idx") });
  });
  it("proposes the CREATE INDEX for an unindexed foreign key", () => {
    const result = outcome(
      CHECKS,
      "postgres.foreign_keys_without_index",
      schema(CASES[4]?.[1] ?? []),
    );
    expect(result).toMatchObject({
      command: "CREATE INDEX CONCURRENTLY ON public.orders (customer_id);",
    });
  });
  it("keeps the duplicate that backs a constraint", () => {
    const rows = [
      index("orders_uq", "orders", "customer_id", { flags: ["duplicate_index"] }),
      index("orders_cust_idx", "orders", "customer_id", { flags: ["duplicate_index"] }),
      obj("constraint", "orders_uq", {
        table: "orders",
        definition: "UNIQUE (customer_id)",
        flags: [],
      }),
    ];
    expect(outcome(CHECKS, "postgres.duplicate_indexes", schema(rows))).toMatchObject({
      command: "DROP INDEX CONCURRENTLY public.orders_cust_idx;",
    });
  });
});
