import type { PostgresSchemaObject } from "@logstag/protocol";
import { startTestPostgres, type TestPostgres } from "@logstag/test-support";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Clients, collectPayloads } from "../../../test/postgres-helpers.ts";
import { postgresTarget } from "../../../test/targets.ts";
import { preparePostgresServer } from "./postgres-conformance.ts";

let server: TestPostgres;
const clients = new Clients(() => server);
beforeAll(async () => {
  server = await startTestPostgres();
  await preparePostgresServer(server);
  const admin = await clients.connect();
  await admin.query("create database shop");
  await admin.query("create database locked");
  await admin.query("revoke connect on database locked from public");
  const shop = new pg.Client({ connectionString: server.urlFor({ database: "shop" }) });
  await shop.connect();
  await shop.query(`
    create table customers (id serial primary key, email text not null unique);
    create table orders (id int generated always as identity primary key,
                         customer_id int references customers (id), total numeric default 0);
    create index orders_total on orders (total);
    create index orders_total_again on orders (total);
    create view big_orders as select id, total from orders where total > 100;
    create function order_count() returns bigint language sql as 'select count(*) from orders';
    create function touch() returns trigger language plpgsql as 'begin return new; end';
    create trigger orders_touch before update on orders for each row execute function touch();
    create sequence tickets as int maxvalue 1000;
    select setval('tickets', 900);
    grant usage on sequence tickets to monitor;
    create sequence never_used;
    grant select on sequence never_used to monitor;
    create table notes (body text)
      with (autovacuum_enabled = off, toast.autovacuum_enabled = false, fillfactor = 70);
    insert into customers (email) values ('secret-row@example.com');
  `);
  await shop.end();
});
afterAll(async () => {
  await clients.endAll();
  await server?.stop();
});

const schemaOf = async () => {
  const p = (
    await collectPayloads(postgresTarget("pg", server, { user: "monitor", password: "monitor-pw" }))
  ).get("schema");
  return { payload: p, rows: (p?.data.snapshot?.rows ?? []) as PostgresSchemaObject[] };
};

describe("schema collector (PostgreSQL 18)", () => {
  it("reads every database it may connect to: objects, definitions, statistics and flags", async () => {
    const { payload, rows } = await schemaOf();
    expect(payload?.status).toBe("ok");
    const find = (type: string, name: string) =>
      rows.find((r) => r.database === "shop" && r.type === type && r.name === name);
    expect(rows.filter((r) => r.type === "database").map((r) => [r.name, r.collected])).toEqual(
      expect.arrayContaining([
        ["shop", true],
        ["postgres", true],
      ]),
    );
    expect(rows.some((r) => r.type === "database" && r.name === "locked")).toBe(false);
    expect(find("table", "orders")?.definition).toContain("customer_id integer");
    expect(find("table", "orders")?.stats?.sizeBytes).toBeGreaterThan(0);
    expect(find("view", "big_orders")?.definition).toContain("total > ");
    expect(find("index", "orders_total_again")?.flags).toEqual(
      expect.arrayContaining(["duplicate_index", "unused_index"]),
    );
    expect(find("index", "customers_pkey")?.flags).not.toContain("unused_index");
    expect(find("constraint", "orders_customer_id_fkey")?.flags).toEqual(["fk_without_index"]);
    expect(find("function", "order_count()")?.definition).toContain("CREATE OR REPLACE FUNCTION");
    expect(find("trigger", "orders_touch")?.table).toBe("orders");
    expect(find("sequence", "tickets")?.flags).toEqual(["near_exhaustion"]);
    // Only the autovacuum storage parameters, as booleans; fillfactor is not sent.
    expect(find("table", "notes")?.storage).toEqual({
      autovacuum_enabled: false,
      "toast.autovacuum_enabled": false,
    });
    expect(find("table", "customers")?.storage).toEqual({});
    expect(find("view", "big_orders")?.storage).toBeUndefined();
    // Never an application row.
    expect(JSON.stringify(payload)).not.toContain("secret-row@example.com");
  });

  it("tells a sequence the role may not read from one never used, and names the grant", async () => {
    const { payload, rows } = await schemaOf();
    const sequence = (name: string) =>
      rows.find((r) => r.database === "shop" && r.type === "sequence" && r.name === name);
    expect(sequence("tickets")).toMatchObject({
      lastValueReadable: true,
      stats: { lastValue: 900 },
    });
    expect(sequence("never_used")).toMatchObject({
      lastValueReadable: true,
      stats: { lastValue: null },
    });
    expect(sequence("customers_id_seq")).toMatchObject({
      lastValueReadable: false,
      stats: { lastValue: null },
    });
    expect(payload?.data.diagnostics).toContainEqual({
      code: "schema.sequence_privilege",
      missing: "SELECT on 2 sequence(s) of database shop",
      impact: expect.stringContaining("public.customers_id_seq, public.orders_id_seq"),
      fix: "GRANT SELECT ON ALL SEQUENCES IN SCHEMA public TO monitor; -- in database shop",
    });
  });
});
