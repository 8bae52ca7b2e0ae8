import type { PostgresStatement } from "@logstag/protocol";
import { startTestPostgres, type TestPostgres } from "@logstag/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Clients, collectPayloads, metricValue } from "../../../test/postgres-helpers.ts";
import { postgresTarget } from "../../../test/targets.ts";
import { preparePostgresServer } from "./postgres-conformance.ts";

let server: TestPostgres;
const clients = new Clients(() => server);
beforeAll(async () => {
  server = await startTestPostgres({
    settings: { shared_preload_libraries: "pg_stat_statements", "pg_stat_statements.max": "100" },
  });
  await preparePostgresServer(server);
});
afterAll(async () => {
  await clients.endAll();
  await server?.stop();
});

const asMonitor = { user: "monitor", password: "monitor-pw" };
const statementsOf = async (o: Parameters<typeof postgresTarget>[2] = asMonitor) =>
  (await collectPayloads(postgresTarget("pg", server, o))).get("statements");

describe("pg_stat_statements (PostgreSQL 18, extension 1.12)", () => {
  it("without the extension: a diagnostic with the fix, and no error", async () => {
    const p = await statementsOf();
    expect(p?.status).toBe("ok");
    expect(p?.data.diagnostics).toContainEqual(
      expect.objectContaining({
        code: "pg_stat_statements.extension",
        fix: "CREATE EXTENSION pg_stat_statements; -- in postgres",
      }),
    );
  });

  it("reports the top statements by key, their texts once and normalized, never its own", async () => {
    const admin = await clients.connect();
    await admin.query("create extension pg_stat_statements");
    await admin.query("create table orders (id int primary key, note text)");
    await statementsOf(); // baseline
    for (let i = 0; i < 20; i++) {
      await admin.query(`insert into orders values (${i}, 'card-4111-${i}')`);
      await admin.query(`select * from orders where note = 'card-4111-${i}'`);
    }
    await admin.query("set application_name = 'secret-literal-42'");
    const second = await statementsOf();
    const keys = new Set(second?.data.metrics.map((m) => m.labels?.query).filter(Boolean));
    expect(keys.has("other")).toBe(true);
    const rows = (second?.data.snapshot?.rows ?? []) as PostgresStatement[];
    expect(second?.data.snapshot?.kind).toBe("postgres.statements");
    const insert = rows.find((r) => r.text?.startsWith("insert into orders"));
    expect(insert).toMatchObject({
      database: "postgres",
      user: "postgres",
      textMode: "normalized",
    });
    expect(metricValue(second, "postgres.statements.calls", { query: insert?.key ?? "" })).toBe(0);
    const text = JSON.stringify(second);
    expect(text).not.toContain("card-4111");
    expect(text).not.toContain("secret-literal-42");
    expect(text).not.toContain("pg_stat_statements(");
    expect(text).not.toContain("logstag-agent");
    for (let i = 20; i < 30; i++) await admin.query(`insert into orders values (${i}, 'x')`);
    const third = await statementsOf();
    expect(metricValue(third, "postgres.statements.calls", { query: insert?.key ?? "" })).toBe(10);
    // Its text was sent already: not again the next minute.
    const again = (third?.data.snapshot?.rows ?? []) as PostgresStatement[];
    expect(again.some((r) => r.key === insert?.key)).toBe(false);
  });

  it("never reports a negative change across pg_stat_statements_reset()", async () => {
    const admin = await clients.connect();
    await admin.query("select pg_stat_statements_reset()");
    await admin.query("select count(*) from orders");
    const p = await statementsOf();
    for (const m of p?.data.metrics ?? []) expect(m.value).toBeGreaterThanOrEqual(0);
  });

  it("says pg_stat_statements.max is too small when entries are evicted", async () => {
    const admin = await clients.connect();
    await statementsOf();
    // A different number of columns is a different statement (aliases and constants are not).
    for (let i = 1; i <= 150; i++) await admin.query(`select ${Array(i).fill("1").join(",")}`);
    const p = await statementsOf();
    expect(metricValue(p, "postgres.statements.dealloc")).toBeGreaterThan(0);
    expect(p?.data.diagnostics).toContainEqual(
      expect.objectContaining({ code: "pg_stat_statements.max" }),
    );
  });

  it("drops <insufficient privilege> rows with a diagnostic for a role without pg_read_all_stats", async () => {
    const admin = await clients.connect();
    await admin.query("grant select on pg_stat_statements to nobody");
    await statementsOf({ user: "nobody", password: "nobody-pw" });
    await admin.query("select count(*) from orders where id > 3");
    const p = await statementsOf({ user: "nobody", password: "nobody-pw" });
    expect(p?.status).toBe("ok");
    expect(p?.data.diagnostics).toContainEqual(
      expect.objectContaining({ code: "pg_read_all_stats", fix: "GRANT pg_monitor TO nobody;" }),
    );
  });

  it("sends raw text only when the target opts in, and none with query_text = none", async () => {
    const admin = await clients.connect();
    await statementsOf({ ...asMonitor, queryText: "raw", database: "postgres" });
    await admin.query("select note from orders where id = 7 and note <> 'raw-mode'");
    const raw = await statementsOf({ ...asMonitor, queryText: "raw" });
    const rows = (raw?.data.snapshot?.rows ?? []) as PostgresStatement[];
    expect(rows.every((r) => r.textMode === "raw")).toBe(true);
    await admin.query("select note from orders where id = 8 and note <> 'none-mode' and id > 0");
    const none = await statementsOf({ ...asMonitor, queryText: "none" });
    for (const r of (none?.data.snapshot?.rows ?? []) as PostgresStatement[]) {
      expect(r.text).toBeNull();
    }
  });
});
