import { describe, expect, it } from "vitest";
import { postgresSchemaObjectSchema } from "./schema-rows.ts";

const table = {
  database: "shop",
  type: "table",
  schema: "public",
  name: "orders",
  table: null,
  owner: "app",
  definition: "id integer",
};
const sequence = { ...table, type: "sequence", name: "orders_id_seq", stats: { lastValue: null } };

describe("postgres.schema rows", () => {
  it("accept rows of agents that predate storage parameters and sequence readability", () => {
    expect(postgresSchemaObjectSchema.parse(table)).toEqual(table);
    expect(postgresSchemaObjectSchema.parse(sequence)).toEqual(sequence);
  });

  it("carry a table's autovacuum parameters and whether a sequence could be read", () => {
    const off = {
      ...table,
      storage: { autovacuum_enabled: false, "toast.autovacuum_enabled": true },
    };
    expect(postgresSchemaObjectSchema.parse(off)).toEqual(off);
    const hidden = { ...sequence, lastValueReadable: false };
    expect(postgresSchemaObjectSchema.parse(hidden)).toEqual(hidden);
  });

  it("refuse any other storage parameter, and values that are not booleans", () => {
    for (const storage of [{ fillfactor: 70 }, { autovacuum_enabled: "off" }]) {
      expect(postgresSchemaObjectSchema.safeParse({ ...table, storage }).success).toBe(false);
    }
  });
});
