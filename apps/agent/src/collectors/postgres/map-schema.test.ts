import { postgresSchemaObjectSchema } from "@logstag/protocol";
import { describe, expect, it } from "vitest";
import { sequencePrivilegeDiagnostic } from "./diagnostics.ts";
import { mapSchema } from "./map-schema.ts";

const EMPTY = {
  namespaces: [],
  relations: [],
  indexes: [],
  constraints: [],
  sequences: [],
  functions: [],
  triggers: [],
};
const relation = (relname: string, relkind: string, o: Record<string, unknown> = {}) => ({
  nspname: "public",
  relname,
  relkind,
  owner: "app",
  definition: "id integer",
  autovacuum_enabled: null,
  toast_autovacuum_enabled: null,
  ...o,
});
const sequence = (sequencename: string, o: Record<string, unknown>) => ({
  schemaname: "public",
  sequencename,
  owner: "app",
  definition: "integer start 1 increment 1 min 1 max 2147483647",
  effective_max: "2147483647",
  ...o,
});

describe("mapSchema", () => {
  it("sends a table's autovacuum parameters as booleans, only when set", () => {
    const rows = mapSchema("shop", {
      ...EMPTY,
      relations: [
        relation("off", "r", { autovacuum_enabled: false, toast_autovacuum_enabled: false }),
        relation("toast_off", "r", { toast_autovacuum_enabled: false }),
        relation("on", "r", { autovacuum_enabled: true }),
        relation("plain", "p"),
        relation("daily", "m", { autovacuum_enabled: false }),
        relation("recent", "v"),
        // Anything but a boolean (never expected from the query) is not sent.
        relation("odd", "r", { autovacuum_enabled: "false" }),
      ],
    });
    expect(rows.map((r) => [r.name, r.storage])).toEqual([
      ["off", { autovacuum_enabled: false, "toast.autovacuum_enabled": false }],
      ["toast_off", { "toast.autovacuum_enabled": false }],
      ["on", { autovacuum_enabled: true }],
      ["plain", {}],
      ["daily", { autovacuum_enabled: false }],
      ["recent", undefined],
      ["odd", {}],
    ]);
    for (const row of rows) expect(postgresSchemaObjectSchema.parse(row)).toEqual(row);
  });

  it("says whether a sequence's last value could be read", () => {
    const rows = mapSchema("shop", {
      ...EMPTY,
      sequences: [
        sequence("used", { last_value: "42", last_value_readable: true }),
        sequence("never_used", { last_value: null, last_value_readable: true }),
        sequence("hidden", { last_value: null, last_value_readable: false }),
      ],
    });
    expect(rows.map((r) => [r.name, r.lastValueReadable, r.stats?.lastValue])).toEqual([
      ["used", true, 42],
      ["never_used", true, null],
      ["hidden", false, null],
    ]);
    expect(sequencePrivilegeDiagnostic("shop", "Monitor", rows)).toEqual([
      {
        code: "schema.sequence_privilege",
        missing: "SELECT on 1 sequence(s) of database shop",
        impact:
          "Their last value is hidden, so how close they are to their maximum is not evaluated: public.hidden.",
        fix: 'GRANT SELECT ON ALL SEQUENCES IN SCHEMA public TO "Monitor"; -- in database shop',
      },
    ]);
  });

  it("asks for nothing when every sequence could be read", () => {
    const rows = mapSchema("shop", {
      ...EMPTY,
      sequences: [sequence("used", { last_value: "1", last_value_readable: true })],
    });
    expect(sequencePrivilegeDiagnostic("shop", "monitor", rows)).toEqual([]);
  });
});
