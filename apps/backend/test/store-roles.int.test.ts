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

describe("the role the backend serves requests as", () => {
  it("is not a superuser and owns none of the account tables", async () => {
    const { rows } = await backend.db.query<{ superuser: boolean; owned: string[] }>(
      `select r.rolsuper as superuser,
              coalesce((select array_agg(c.relname::text order by c.relname) from pg_class c
                 where c.relowner = r.oid and c.relname in ('audit_log', 'users', 'memberships', 'sessions')), '{}'::text[]) as owned
         from pg_roles r where r.rolname = current_user`,
    );
    expect(rows[0]).toEqual({ superuser: false, owned: [] });
  });

  it.each([
    ["UPDATE", "update audit_log set action = 'forged' where org_id = $1"],
    ["DELETE", "delete from audit_log where org_id = $1"],
    ["TRUNCATE", "truncate audit_log"],
    ["DROP TRIGGER", "drop trigger audit_log_no_update_or_delete on audit_log"],
    ["ALTER TABLE", "alter table audit_log disable trigger all"],
  ])("cannot %s the audit log", async (_, sql) => {
    const world = await createTestWorld(backend.db);
    const params = sql.includes("$1") ? [world.orgId] : [];
    await expect(backend.db.query(sql, params)).rejects.toThrow(/permission denied|must be owner/);
    const { rows } = await backend.db.query(
      "select count(*)::int as n from audit_log where org_id = $1 and action = 'forged'",
      [world.orgId],
    );
    expect(rows[0].n).toBe(0);
  });

  it("still writes and reads the audit log", async () => {
    const world = await createTestWorld(backend.db);
    const { rows } = await backend.db.query(
      "select count(*)::int as n from audit_log where org_id = $1",
      [world.orgId],
    );
    expect(rows[0].n).toBeGreaterThan(0);
  });
});
