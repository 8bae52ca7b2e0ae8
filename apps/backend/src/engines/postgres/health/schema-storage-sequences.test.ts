import { describe, expect, it } from "vitest";
import { outcome } from "../../../health/input-fixture.ts";
import { POSTGRES_HEALTH_CHECKS as CHECKS } from "./index.ts";
import { database, obj, type Row, schema, sequence, table } from "./schema-fixtures.ts";

const withStorage = (row: Row, storage: Row["storage"]): Row => ({ ...row, storage });
const AUTOVACUUM = "postgres.table_autovacuum_disabled";

describe("autovacuum disabled on a table", () => {
  it("names each table with its parameters and gives the RESET", () => {
    const rows = [
      withStorage(table("events", { deadTuples: 42_000, frozenXidAge: 1_500_000 }), {
        autovacuum_enabled: false,
      }),
      withStorage(table("blobs"), { "toast.autovacuum_enabled": false }),
      withStorage(obj("materialized_view", "daily"), { autovacuum_enabled: false }),
      withStorage(table("clean"), { autovacuum_enabled: true }),
    ];
    const result = outcome(CHECKS, AUTOVACUUM, schema(rows));
    expect(result).toMatchObject({
      status: "fail",
      severity: "high",
      summary:
        "Autovacuum is disabled on 3 table(s): app.public.events, app.public.blobs, app.public.daily.",
    });
    if (result.status !== "fail") return;
    expect(result.evidence).toEqual([
      {
        label: "app.public.events",
        value:
          "autovacuum_enabled = false; 42,000 dead rows, last autovacuum 2026-03-01T00:00:00.000Z, last vacuum never, xid age 1,500,000",
      },
      {
        label: "app.public.blobs",
        value: expect.stringMatching(/^toast\.autovacuum_enabled = false; 100 dead rows/),
      },
      { label: "app.public.daily", value: expect.stringMatching(/^autovacuum_enabled = false;/) },
    ]);
    expect(result.command?.split("\n")).toEqual([
      "ALTER TABLE public.events RESET (autovacuum_enabled);",
      "VACUUM (VERBOSE, ANALYZE) public.events;",
      "ALTER TABLE public.blobs RESET (toast.autovacuum_enabled);",
      "VACUUM (VERBOSE, ANALYZE) public.blobs;",
      "ALTER MATERIALIZED VIEW public.daily RESET (autovacuum_enabled);",
      "VACUUM (VERBOSE, ANALYZE) public.daily;",
    ]);
  });

  it("says which database to run the statement in once several are monitored", () => {
    const rows = [withStorage(table("Events"), { autovacuum_enabled: false })];
    const result = outcome(
      CHECKS,
      AUTOVACUUM,
      schema(rows, { databases: [database(), database("billing")] }),
    );
    expect(result).toMatchObject({
      command: expect.stringMatching(
        /^ALTER TABLE public\."Events" RESET \(autovacuum_enabled\); -- in database app\n/,
      ),
    });
  });

  it("is not evaluated, rather than passed, when an older agent sent no storage parameters", () => {
    expect(outcome(CHECKS, AUTOVACUUM, schema([table("t")]))).toMatchObject({
      status: "not_evaluated",
      reason: expect.stringMatching(
        /rows of 1 table\(s\) do not carry their storage parameters \(pg_class\.reloptions\)/,
      ),
    });
  });

  it("passes tables that set nothing, and a schema without tables", () => {
    expect(outcome(CHECKS, AUTOVACUUM, schema([withStorage(table("t"), {})])).status).toBe("pass");
    expect(outcome(CHECKS, AUTOVACUUM, schema([])).status).toBe("pass");
  });
});

describe("sequences whose last value cannot be read", () => {
  const hidden = sequence("hidden_seq", null, "integer", undefined, false);
  const diagnostic = {
    collector: "schema",
    code: "schema.sequence_privilege",
    missing: "SELECT on 1 sequence(s) of database app",
    impact: "Their last value is hidden.",
    fix: "GRANT SELECT ON ALL SEQUENCES IN SCHEMA public TO monitor; -- in database app",
  };

  it.each(["postgres.sequence_exhaustion", "postgres.int4_key_exhaustion"])(
    "%s lists them as not evaluated with the collector's grant",
    (id) => {
      const data = { ...schema([hidden, sequence("ok_seq", 10)]), diagnostics: [diagnostic] };
      expect(outcome(CHECKS, id, data)).toMatchObject({
        status: "not_evaluated",
        reason:
          "the monitoring role may not read the last value of 1 sequence(s) (public.hidden_seq): it needs SELECT on them",
        fix: diagnostic.fix,
      });
    },
  );

  it("names the schemas in the grant when the collector gave none", () => {
    const other = { ...sequence("x_seq", null, "bigint", undefined, false), schema: "Sales" };
    expect(outcome(CHECKS, "postgres.sequence_exhaustion", schema([hidden, other]))).toMatchObject({
      fix: `GRANT SELECT ON ALL SEQUENCES IN SCHEMA public, "Sales" TO <the agent's role>;`,
    });
  });

  it("still reports a full sequence, and says which ones were not read", () => {
    const result = outcome(
      CHECKS,
      "postgres.sequence_exhaustion",
      schema([hidden, sequence("full_seq", 2_100_000_000)]),
    );
    expect(result).toMatchObject({ status: "fail", severity: "critical" });
    if (result.status !== "fail") return;
    expect(result.evidence).toContainEqual({
      label: "Not evaluated (last value not read)",
      value: "public.hidden_seq",
    });
  });

  it("passes a sequence it may read that was never used", () => {
    const never = sequence("never_used_seq", null);
    expect(outcome(CHECKS, "postgres.sequence_exhaustion", schema([never])).status).toBe("pass");
  });

  it("does not pass an unknown last value from an older agent, and gives the grant", () => {
    const { lastValueReadable: _sent, ...old } = sequence("old_seq", null);
    expect(outcome(CHECKS, "postgres.sequence_exhaustion", schema([old]))).toMatchObject({
      status: "not_evaluated",
      reason: expect.stringMatching(/last value of 1 sequence\(s\) is unknown \(public\.old_seq\)/),
      fix: "GRANT SELECT ON ALL SEQUENCES IN SCHEMA public TO <the agent's role>;",
    });
  });
});
