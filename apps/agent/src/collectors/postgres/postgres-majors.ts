import type { PostgresSchemaObject, PostgresStatement } from "@logstag/protocol";
import {
  type PostgresMajor,
  postgresMajorBin,
  type StartedPostgres,
  startPostgresMajor,
} from "@logstag/test-support";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Clients, collectPayloads, metricValue } from "../../../test/postgres-helpers.ts";
import { postgresTarget } from "../../../test/targets.ts";
import { engineConformance } from "../conformance/engine-conformance.ts";
import { postgresChecks } from "./postgres-checks.ts";
import {
  postgresConformanceServer,
  postgresExpectations,
  preparePostgresServer,
} from "./postgres-conformance.ts";

/**
 * What differs between the majors where this suite looks, said per major. Checks shared with 15
 * and 18 (postgres-checks.ts) also branch on the major: pg_stat_wal's write/sync counters (14–17),
 * pg_stat_bgwriter's backend writes (13–16), restartpoints in pg_stat_checkpointer (17+),
 * session statistics (14+) and logical-slot conflicts (16+).
 */
const MAJORS: Record<
  PostgresMajor,
  {
    /** pg_stat_io exists (16+). */
    statIo: boolean;
    /** The pg_stat_statements version CREATE EXTENSION installs. */
    statements: string;
    /** Its `toplevel` column and pg_stat_statements_info (1.9+, i.e. 14+). */
    toplevelAndInfo: boolean;
  }
> = {
  13: { statIo: false, statements: "1.8", toplevelAndInfo: false },
  14: { statIo: false, statements: "1.9", toplevelAndInfo: true },
  16: { statIo: true, statements: "1.10", toplevelAndInfo: true },
  17: { statIo: true, statements: "1.11", toplevelAndInfo: true },
};

/**
 * The PostgreSQL conformance suite on `major`, started from its npm binary package with
 * pg_stat_statements preloaded and installed, plus what pg_stat_statements reports on it.
 */
export function postgresMajorConformance(major: PostgresMajor): void {
  const expected = MAJORS[major];
  const version = new RegExp(`^PostgreSQL ${major}\\.`);
  if (!postgresMajorBin(major)) {
    console.warn(
      `\n!!! PostgreSQL ${major} binaries are missing (npm ci installs @logstag/pg${major} on linux-x64); its tests fail below.\n`,
    );
  }
  let server: StartedPostgres;
  const clients = new Clients(() => server);
  beforeAll(async () => {
    server = await startPostgresMajor({
      major,
      settings: { shared_preload_libraries: "pg_stat_statements" },
    });
    await preparePostgresServer(server);
    const admin = await clients.connect();
    await admin.query("create extension pg_stat_statements");
    await clients.endAll();
  });
  afterAll(async () => {
    await clients.endAll();
    await server?.stop();
  });

  engineConformance(
    `PostgreSQL ${major} (npm binaries)`,
    () => postgresConformanceServer(() => server),
    postgresExpectations(version),
    () => {
      postgresChecks(() => server, { version, statIo: expected.statIo, major });
      statementsChecks();
      schemaChecks();
    },
  );

  function statementsChecks() {
    const asMonitor = { user: "monitor", password: "monitor-pw" };
    const statements = async () =>
      (await collectPayloads(postgresTarget("pg", server, asMonitor))).get("statements");

    describe(`pg_stat_statements ${expected.statements}`, () => {
      it("is the version this major installs", async () => {
        const admin = await clients.connect();
        const { rows } = await admin.query<{ v: string }>(
          "select extversion as v from pg_extension where extname = 'pg_stat_statements'",
        );
        await clients.endAll();
        expect(rows[0]?.v).toBe(expected.statements);
      });

      it("reports changes by statement and their normalized texts, without a diagnostic", async () => {
        const admin = await clients.connect();
        try {
          await admin.query("create table major_orders (id int primary key, note text)");
          await statements(); // baseline
          for (let i = 0; i < 5; i++) {
            await admin.query(`insert into major_orders values (${i}, 'card-4111-${i}')`);
          }
          const first = await statements();
          const rows = (first?.data.snapshot?.rows ?? []) as PostgresStatement[];
          const insert = rows.find((r) => r.text?.startsWith("insert into major_orders"));
          expect(insert).toMatchObject({
            database: "postgres",
            user: "postgres",
            textMode: "normalized",
            // 1.8 has no toplevel column: the key and the row say "unknown".
            toplevel: expected.toplevelAndInfo ? true : null,
          });
          expect(JSON.stringify(first)).not.toContain("card-4111");
          // A statement counts from the collection that first sees it.
          for (let i = 5; i < 17; i++) {
            await admin.query(`insert into major_orders values (${i}, 'card-4111-${i}')`);
          }
          const p = await statements();
          expect(p?.status).toBe("ok");
          expect(p?.data.diagnostics).toEqual([]);
          const calls = metricValue(p, "postgres.statements.calls", { query: insert?.key ?? "" });
          expect(calls).toBe(12);
          expect(JSON.stringify(p)).not.toContain("card-4111");
          // Evictions are counted in pg_stat_statements_info, which 1.8 does not have.
          const dealloc = metricValue(p, "postgres.statements.dealloc");
          if (expected.toplevelAndInfo) expect(dealloc).toBe(0);
          else expect(dealloc).toBeUndefined();
          for (const m of p?.data.metrics ?? []) expect(m.value).toBeGreaterThanOrEqual(0);
        } finally {
          await admin.query("drop table if exists major_orders");
          await clients.endAll();
        }
      });
    });
  }

  function schemaChecks() {
    it("reads another database's objects, definitions and flags", async () => {
      const admin = await clients.connect();
      await admin.query("create database major_shop");
      const shop = new pg.Client({ connectionString: server.urlFor({ database: "major_shop" }) });
      try {
        await shop.connect();
        await shop.query(`
          create table customers (id serial primary key, email text not null unique);
          create table orders (id int generated always as identity primary key,
                               customer_id int references customers (id), total numeric);
          create index orders_total on orders (total);
          create view big_orders as select id, total from orders where total > 100;
          create function touch() returns trigger language plpgsql as 'begin return new; end';
          create trigger orders_touch before update on orders for each row execute function touch();
          create sequence tickets as int maxvalue 1000;
          select setval('tickets', 900);
          grant select on all sequences in schema public to monitor;
          insert into customers (email) values ('secret-row@example.com');
        `);
        const payload = (
          await collectPayloads(
            postgresTarget("pg", server, { user: "monitor", password: "monitor-pw" }),
          )
        ).get("schema");
        expect(payload?.status).toBe("ok");
        expect(payload?.data.diagnostics).toEqual([]);
        const rows = (payload?.data.snapshot?.rows ?? []) as PostgresSchemaObject[];
        const find = (type: string, name: string) =>
          rows.find((r) => r.database === "major_shop" && r.type === type && r.name === name);
        expect(find("database", "major_shop")?.collected).toBe(true);
        expect(find("table", "orders")?.definition).toContain("customer_id integer");
        expect(find("view", "big_orders")?.definition).toContain("total > ");
        expect(find("index", "orders_total")?.flags).toContain("unused_index");
        expect(find("constraint", "orders_customer_id_fkey")?.flags).toEqual(["fk_without_index"]);
        expect(find("trigger", "orders_touch")?.table).toBe("orders");
        expect(find("sequence", "tickets")?.flags).toEqual(["near_exhaustion"]);
        expect(JSON.stringify(payload)).not.toContain("secret-row@example.com");
      } finally {
        await shop.end().catch(() => {});
        await admin.query("drop database if exists major_shop with (force)");
        await clients.endAll();
      }
    });
  }
}
