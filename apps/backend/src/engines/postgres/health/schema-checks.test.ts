import { describe, expect, it } from "vitest";
import { input, outcome, snapshot } from "../../../health/input-fixture.ts";
import { SCHEMA_KINDS } from "./expected-schema.ts";
import { POSTGRES_HEALTH_CHECKS as CHECKS } from "./index.ts";

const table = (name: string, o: object = {}) => ({
  schema: "public",
  name,
  liveRows: 50_000,
  deadRows: 100,
  totalBytes: 8e6,
  autovacuumEnabled: null,
  hasPrimaryKey: true,
  lastAutovacuum: "2026-03-01T00:00:00Z",
  lastVacuum: null,
  ...o,
});
const index = (name: string, tableName: string, columns: string[], o: object = {}) => ({
  schema: "public",
  table: tableName,
  name,
  columns,
  predicate: null,
  method: "btree",
  unique: false,
  primary: false,
  constraint: false,
  valid: true,
  scans: 12,
  sizeBytes: 16_384,
  ...o,
});
const fk = (name: string, tableName: string, columns: string[]) => ({
  schema: "public",
  table: tableName,
  name,
  columns,
  referencedTable: "public.customers",
});
const sequence = (name: string, lastValue: number, o: object = {}) => ({
  schema: "public",
  name,
  dataType: "integer",
  lastValue,
  maxValue: 2_147_483_647,
  increment: 1,
  ownedBy: null,
  ...o,
});

const schema = (parts: {
  tables?: object[];
  indexes?: object[];
  foreignKeys?: object[];
  sequences?: object[];
}) =>
  input({
    snapshots: {
      [SCHEMA_KINDS.tables]: snapshot(parts.tables ?? []),
      [SCHEMA_KINDS.indexes]: snapshot(parts.indexes ?? []),
      [SCHEMA_KINDS.foreignKeys]: snapshot(parts.foreignKeys ?? []),
      [SCHEMA_KINDS.sequences]: snapshot(parts.sequences ?? []),
    },
  });

const CASES: [string, Parameters<typeof schema>[0], RegExp, Parameters<typeof schema>[0]][] = [
  [
    "postgres.unused_indexes",
    { indexes: [index("orders_note_idx", "orders", ["note"], { scans: 0 })] },
    /public\.orders_note_idx/,
    {
      indexes: [
        index("orders_pkey", "orders", ["id"], {
          scans: 0,
          primary: true,
          unique: true,
          constraint: true,
        }),
      ],
    },
  ],
  [
    "postgres.duplicate_indexes",
    {
      indexes: [
        index("a_idx", "orders", ["customer_id"]),
        index("b_idx", "orders", ["customer_id"]),
      ],
    },
    /a_idx = b_idx/,
    {
      indexes: [
        index("a_idx", "orders", ["customer_id"]),
        index("c_idx", "orders", ["customer_id", "day"]),
      ],
    },
  ],
  [
    "postgres.invalid_indexes",
    { indexes: [index("broken_idx", "orders", ["x"], { valid: false })] },
    /public\.broken_idx/,
    { indexes: [index("ok_idx", "orders", ["x"])] },
  ],
  [
    "postgres.table_bloat",
    { tables: [table("events", { liveRows: 60_000, deadRows: 40_000 })] },
    /public\.events \(40\.0 %\)/,
    { tables: [table("events")] },
  ],
  [
    "postgres.table_autovacuum_disabled",
    { tables: [table("audit_trail", { autovacuumEnabled: false })] },
    /public\.audit_trail/,
    { tables: [table("audit_trail", { autovacuumEnabled: true })] },
  ],
  [
    "postgres.foreign_keys_without_index",
    {
      foreignKeys: [fk("orders_customer_fk", "orders", ["customer_id"])],
      indexes: [index("orders_day_idx", "orders", ["day", "customer_id"])],
    },
    /public\.orders\(customer_id\)/,
    {
      foreignKeys: [fk("orders_customer_fk", "orders", ["customer_id"])],
      indexes: [index("orders_cust_idx", "orders", ["customer_id", "day"])],
    },
  ],
  [
    "postgres.sequence_exhaustion",
    { sequences: [sequence("orders_id_seq", 2_000_000_000)] },
    /public\.orders_id_seq \(93\.1 %\)/,
    { sequences: [sequence("orders_id_seq", 1000), sequence("fresh_seq", 0, { lastValue: null })] },
  ],
  [
    "postgres.int4_key_exhaustion",
    {
      sequences: [
        sequence("t_id_seq", 1_900_000_000, {
          dataType: "bigint",
          maxValue: 9.2e18,
          ownedBy: { table: "t", column: "id", type: "integer" },
        }),
      ],
    },
    /t\.id/,
    {
      sequences: [
        sequence("t_id_seq", 1_000, {
          dataType: "bigint",
          maxValue: 9.2e18,
          ownedBy: { table: "t", column: "id", type: "integer" },
        }),
      ],
    },
  ],
  [
    "postgres.tables_without_primary_key",
    { tables: [table("log_lines", { hasPrimaryKey: false })] },
    /public\.log_lines/,
    { tables: [table("log_lines"), table("tiny", { hasPrimaryKey: false, liveRows: 3 })] },
  ],
];

describe("PostgreSQL schema checks (expected schema snapshot kinds)", () => {
  it.each(CASES)("%s fires and names the objects", (id, bad, quote) => {
    const result = outcome(CHECKS, id, schema(bad));
    expect(result).toMatchObject({ status: "fail", summary: expect.stringMatching(quote) });
    if (result.status === "fail") expect(result.command).toMatch(/\w/);
  });
  it.each(CASES)("%s passes on a clean schema", (id, _bad, _quote, good) => {
    expect(outcome(CHECKS, id, schema(good)).status).toBe("pass");
  });
  it.each(CASES)("%s says schema metadata is not collected yet when it is absent", (id) => {
    expect(outcome(CHECKS, id, input())).toMatchObject({
      status: "not_evaluated",
      reason: expect.stringMatching(/^schema metadata is not collected yet/),
    });
  });
  it("refuses rows of another shape rather than passing", () => {
    const odd = input({ snapshots: { [SCHEMA_KINDS.indexes]: snapshot([{ relname: "x" }]) } });
    expect(outcome(CHECKS, "postgres.invalid_indexes", odd)).toMatchObject({
      status: "not_evaluated",
    });
  });
  it("proposes the CREATE INDEX for an unindexed foreign key", () => {
    const result = outcome(
      CHECKS,
      "postgres.foreign_keys_without_index",
      schema(CASES[5]?.[1] ?? {}),
    );
    expect(result).toMatchObject({
      command: "CREATE INDEX CONCURRENTLY ON public.orders (customer_id);",
    });
  });
});
