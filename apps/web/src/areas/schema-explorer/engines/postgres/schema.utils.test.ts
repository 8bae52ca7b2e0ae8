import type { ChangeEvent } from "@logstag/api-contract";
import type { PostgresSchemaObject } from "@logstag/protocol";
import { describe, expect, it } from "vitest";
import {
  diffText,
  filterChanges,
  largestFirst,
  latestTime,
  objectsForView,
  parseSchemaView,
  schemaOptions,
  toSchemaRow,
  viewCounts,
} from "./schema.utils.ts";

function object(partial: Partial<PostgresSchemaObject>): PostgresSchemaObject {
  return {
    database: "app",
    type: "table",
    schema: "public",
    name: "orders",
    table: null,
    owner: "app",
    definition: null,
    ...partial,
  };
}

const objects = [
  object({ stats: { sizeBytes: 8192 } }),
  object({ database: "billing", schema: "ledger", name: "entries" }),
  object({ type: "index", name: "orders_pkey", table: "orders", flags: [] }),
  object({ type: "index", name: "orders_old", table: "orders", flags: ["unused_index"] }),
  object({
    type: "constraint",
    name: "orders_customer_fk",
    table: "orders",
    flags: ["fk_without_index"],
  }),
  object({ type: "constraint", name: "orders_pkey", table: "orders", flags: [] }),
  object({ type: "sequence", name: "orders_id_seq", flags: ["near_exhaustion"] }),
  object({ type: "sequence", name: "users_id_seq" }),
  object({ type: "materialized_view", name: "daily" }),
];
const all = { database: null, schema: null, search: "" };

describe("objectsForView", () => {
  it("lists each tab's types, foreign keys and sequences only when flagged", () => {
    expect(objectsForView(objects, "tables", all).map((r) => r.name)).toEqual([
      "orders",
      "entries",
    ]);
    expect(objectsForView(objects, "fk", all).map((r) => r.name)).toEqual(["orders_customer_fk"]);
    expect(objectsForView(objects, "sequences", all).map((r) => r.name)).toEqual(["orders_id_seq"]);
    expect(objectsForView(objects, "views", all).map((r) => r.name)).toEqual(["daily"]);
  });

  it("filters by database, schema and a search over name and table", () => {
    expect(objectsForView(objects, "tables", { ...all, database: "billing" })).toHaveLength(1);
    expect(objectsForView(objects, "tables", { ...all, schema: "public" })).toHaveLength(1);
    expect(
      objectsForView(objects, "indexes", { ...all, search: "OLD" }).map((r) => r.name),
    ).toEqual(["orders_old"]);
    expect(objectsForView(objects, "indexes", { ...all, search: "orders" })).toHaveLength(2);
  });

  it("counts every tab", () => {
    expect(viewCounts(objects, all)).toEqual({
      tables: 2,
      indexes: 2,
      fk: 1,
      sequences: 1,
      views: 1,
      functions: 0,
      triggers: 0,
    });
  });
});

describe("schemaOptions", () => {
  it("offers the schemas of the picked database", () => {
    expect(schemaOptions(objects, null)).toEqual({
      databases: ["app", "billing"],
      schemas: ["ledger", "public"],
    });
    expect(schemaOptions(objects, "billing").schemas).toEqual(["ledger"]);
  });
});

describe("toSchemaRow", () => {
  it("reads statistics and times, null when absent", () => {
    const row = toSchemaRow(
      object({
        stats: { sizeBytes: 8192 },
        times: { lastVacuum: "2026-01-01T00:00:00Z", lastAutovacuum: "2026-01-02T00:00:00Z" },
      }),
    );
    expect(row.key).toBe("app/table/public.orders");
    expect(row.stat("sizeBytes")).toBe(8192);
    expect(row.stat("deadTuples")).toBeNull();
    expect(latestTime(row, "lastVacuum", "lastAutovacuum")).toBe("2026-01-02T00:00:00Z");
    expect(latestTime(row, "lastAnalyze", "lastAutoanalyze")).toBeNull();
  });
});

describe("storage flags", () => {
  it("flags a table whose autovacuum, or its TOAST table's, is turned off", () => {
    const flags = (storage: PostgresSchemaObject["storage"]) =>
      toSchemaRow(object({ storage })).flags;
    expect(flags(undefined)).toEqual([]);
    expect(flags({ autovacuum_enabled: true })).toEqual([]);
    expect(flags({ autovacuum_enabled: false })).toEqual(["autovacuum_off"]);
    expect(flags({ "toast.autovacuum_enabled": false })).toEqual(["toast_autovacuum_off"]);
  });
});

describe("parseSchemaView", () => {
  it("falls back to the tables", () => {
    expect(parseSchemaView("fk")).toBe("fk");
    expect(parseSchemaView("nope")).toBe("tables");
    expect(parseSchemaView(null)).toBe("tables");
  });
});

describe("changes", () => {
  const event = (kind: string, objectName: string): ChangeEvent => ({
    at: "2026-01-01T00:00:00Z",
    kind,
    objectType: "table",
    objectName,
    change: "created",
    diff: [],
  });

  it("filters by kind and object name", () => {
    const events = [
      event("postgres.schema", "app: public.orders"),
      event("postgres.settings", "work_mem"),
    ];
    expect(filterChanges(events, "all", "")).toHaveLength(2);
    expect(filterChanges(events, "settings", "").map((e) => e.objectName)).toEqual(["work_mem"]);
    expect(filterChanges(events, "all", "ORDERS")).toHaveLength(1);
  });

  it("shows diff values as text", () => {
    expect(diffText("4MB")).toBe("4MB");
    expect(diffText(null)).toBe("–");
    expect(diffText(["a", "b"])).toBe('["a","b"]');
  });
});

describe("largestFirst", () => {
  it("keeps the largest objects when there are too many", () => {
    const rows = [
      object({ name: "small", stats: { sizeBytes: 1 } }),
      object({ name: "unsized" }),
      object({ name: "big", stats: { sizeBytes: 100 } }),
    ].map(toSchemaRow);
    expect(largestFirst(rows, 2).map((r) => r.name)).toEqual(["big", "small"]);
    expect(largestFirst(rows, 3).map((r) => r.name)).toEqual(["small", "unsized", "big"]);
  });
});
