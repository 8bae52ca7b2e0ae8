import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestBackend, type TestBackend } from "../src/testing/start-test-backend.ts";

/** Tables that belong to no organization; everything else must carry org_id first in its key. */
const GLOBAL_TABLES = [
  // accounts: a person and their sign-in attempts span organizations
  "organizations",
  "users",
  "login_attempts",
  // the store's own bookkeeping: migrations, background job runs, rollup progress per tier
  "schema_migrations",
  "job_runs",
  "rollup_state",
];

let backend: TestBackend;
beforeAll(async () => {
  backend = await startTestBackend();
});
afterAll(async () => {
  await backend?.stop();
});

describe("tenant isolation in the schema", () => {
  it("gives every table but the global ones an org_id, first in its primary key if it has one", async () => {
    const { rows } = await backend.db.query<{
      table: string;
      has_org: boolean;
      pk_first: string | null;
    }>(
      `select c.relname as table,
              exists (select 1 from pg_attribute a
                       where a.attrelid = c.oid and a.attname = 'org_id' and not a.attisdropped) as has_org,
              (select a.attname from pg_index i
                 join pg_attribute a on a.attrelid = i.indrelid and a.attnum = i.indkey[0]
                where i.indrelid = c.oid and i.indisprimary) as pk_first
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p')
        order by 1`,
    );
    const tenantTables = rows.filter((r) => !GLOBAL_TABLES.includes(r.table));
    expect(tenantTables.length).toBeGreaterThan(5);
    expect(
      tenantTables.filter((r) => !r.has_org).map((r) => r.table),
      "tables without org_id",
    ).toEqual([]);
    expect(
      // A table may go without a primary key (raw points are written by COPY), never with another first.
      tenantTables
        .filter((r) => r.pk_first !== null && r.pk_first !== "org_id")
        .map((r) => r.table),
      "tables whose primary key does not start with org_id",
    ).toEqual([]);
    // The named list stays honest: each global table exists.
    expect(rows.map((r) => r.table)).toEqual(expect.arrayContaining(GLOBAL_TABLES));
  });
});
