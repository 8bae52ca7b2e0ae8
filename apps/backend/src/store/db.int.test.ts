import { startTestPostgres, type TestPostgres } from "@logstag/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db, withTransaction } from "./db.ts";

let store: TestPostgres;
let db: Db;
let admin: Db;
beforeAll(async () => {
  store = await startTestPostgres();
  db = createDb(store.url, 2);
  admin = createDb(store.url, 1);
}, 120_000);
afterAll(async () => {
  await Promise.all([db?.end(), admin?.end()]);
  await store?.stop();
});

describe("withTransaction", () => {
  it("fails, without ending the process, when its connection dies between two statements", async () => {
    const transaction = withTransaction(db, async (tx) => {
      const { rows } = await tx.query<{ pid: number }>("select pg_backend_pid() as pid");
      // Ended from outside while no statement runs on it: the driver reports an 'error' event.
      await admin.query("select pg_terminate_backend($1)", [rows[0]?.pid]);
      await new Promise((r) => setTimeout(r, 300));
      await tx.query("select 1");
    });
    await expect(transaction).rejects.toThrow(/terminat|Connection/i);
    // The broken connection was discarded: the pool serves new statements.
    const { rows } = await db.query<{ ok: number }>("select 1 as ok");
    expect(rows).toEqual([{ ok: 1 }]);
  });
});
