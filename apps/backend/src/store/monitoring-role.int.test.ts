import { startTestPostgres, type TestPostgres } from "@logstag/test-support";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureMonitoringRole, grantSequenceReads } from "./monitoring-role.ts";

let server: TestPostgres;
const clients: pg.Client[] = [];

async function connect(user: string, password: string, database = "shop"): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: server.urlFor({ user, password, database }) });
  await client.connect();
  clients.push(client);
  return client;
}

beforeAll(async () => {
  server = await startTestPostgres();
  const admin = await connect(server.user, server.password, "postgres");
  await admin.query("create role shop_owner login password 'owner-pw'");
  await admin.query("create database shop owner shop_owner");
  const root = await connect(server.user, server.password);
  // A schema the owner does not own: its sequences are not the owner's to share.
  await root.query("create schema vendor");
  await root.query("create sequence vendor.licence_seq");
  await ensureMonitoringRole(root, "watcher", "watcher-pw");
}, 120_000);

afterAll(async () => {
  await Promise.all(clients.map((c) => c.end()));
  await server?.stop();
});

describe("grantSequenceReads", () => {
  it("lets the monitoring role read the last value of the owner's sequences, and no table's rows", async () => {
    const owner = await connect("shop_owner", "owner-pw");
    await owner.query("create table orders (id bigserial primary key, note text)");
    await owner.query("create schema billing");
    await owner.query("create sequence billing.invoice_seq");
    await owner.query("select nextval('orders_id_seq'), nextval('billing.invoice_seq')");
    await owner.query("select nextval('billing.invoice_seq')");
    const watcher = await connect("watcher", "watcher-pw");
    // What the agent reads: pg_sequences shows last_value only to a role that may read it.
    const lastValues = async () =>
      Object.fromEntries(
        (
          await watcher.query<{ name: string; last_value: string | null }>(
            "select schemaname || '.' || sequencename as name, last_value from pg_sequences order by 1",
          )
        ).rows.map((r) => [r.name, r.last_value]),
      );
    expect(await lastValues()).toEqual({
      "billing.invoice_seq": null,
      "public.orders_id_seq": null,
      "vendor.licence_seq": null,
    });

    await grantSequenceReads(owner, "watcher");

    expect(await lastValues()).toEqual({
      "billing.invoice_seq": "2",
      "public.orders_id_seq": "1",
      "vendor.licence_seq": null,
    });
    await expect(watcher.query("select * from orders")).rejects.toThrow(/permission denied/);
  });
});
