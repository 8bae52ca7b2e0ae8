import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestWorld } from "../src/testing/accounts-factory.ts";
import { startTestBackend, type TestBackend } from "../src/testing/start-test-backend.ts";

let backend: TestBackend;
beforeAll(async () => {
  backend = await startTestBackend();
});
afterAll(async () => {
  await backend?.stop();
});

describe("the audit log is append-only in the database", () => {
  it.each([
    ["an UPDATE", "update audit_log set action = 'forged' where org_id = $1"],
    ["a DELETE", "delete from audit_log where org_id = $1"],
  ])("refuses %s, even from the superuser", async (_, sql) => {
    const world = await createTestWorld(backend.db);
    const count = async () =>
      (
        await backend.db.query<{ n: number; actions: string[] }>(
          "select count(*)::int as n, array_agg(action order by id) as actions from audit_log where org_id = $1",
          [world.orgId],
        )
      ).rows[0];
    const before = await count();
    expect(before?.n).toBeGreaterThan(0);
    await expect(backend.admin.query(sql, [world.orgId])).rejects.toThrow(/append-only/);
    expect(await count()).toEqual(before);
  });

  it("refuses TRUNCATE", async () => {
    await expect(backend.admin.query("truncate audit_log")).rejects.toThrow(/append-only/);
  });
});
