import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestPostgres, type TestPostgres } from "./embedded-postgres.ts";

let server: TestPostgres;
beforeAll(async () => {
  server = await startTestPostgres();
});
afterAll(async () => {
  await server?.stop();
});

it("starts a PostgreSQL server that answers queries", async () => {
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  const { rows } = await client.query<{ v: string }>(
    "select current_setting('server_version_num') as v",
  );
  await client.end();
  expect(Number(rows[0]?.v)).toBeGreaterThanOrEqual(130000);
});
