import { type PostgresSchemaObject, SNAPSHOT_KINDS } from "@logstag/protocol";
import { describe, expect, it } from "vitest";
import { diffSnapshots } from "./diff-snapshots.ts";

const tracking = SNAPSHOT_KINDS["postgres.schema"].changes;
const database = { database: "shop", type: "database", schema: null, name: "shop" } as const;
const orders = (o: Partial<PostgresSchemaObject> = {}) => ({
  database: "shop",
  type: "table" as const,
  schema: "public",
  name: "orders",
  table: null,
  owner: "app",
  definition: "id integer",
  ...o,
});
const diff = (before: unknown[], after: unknown[]) =>
  diffSnapshots(tracking, [database, ...before], [database, ...after]);

describe("schema change history of a table's autovacuum parameters", () => {
  it("records the table as altered when autovacuum is turned off and back on", () => {
    const on = orders({ storage: {} });
    const off = orders({ storage: { autovacuum_enabled: false } });
    expect(diff([on], [off])).toEqual([
      {
        objectType: "table",
        objectName: "shop: public.orders",
        change: "altered",
        diff: [{ field: "storage", before: {}, after: { autovacuum_enabled: false } }],
      },
    ]);
    expect(diff([off], [on])[0]?.diff).toEqual([
      { field: "storage", before: { autovacuum_enabled: false }, after: {} },
    ]);
  });

  it("does not call an agent upgrade (parameters sent for the first time) a change", () => {
    const sent = orders({ storage: { autovacuum_enabled: false } });
    expect(diff([orders()], [sent])).toEqual([]);
    expect(diff([sent], [orders()])).toEqual([]);
  });

  it("still compares the other fields of those rows", () => {
    const altered = orders({ definition: "id bigint", storage: {} });
    expect(diff([orders()], [altered])[0]?.diff).toEqual([
      { field: "definition", before: "id integer", after: "id bigint" },
    ]);
  });
});
