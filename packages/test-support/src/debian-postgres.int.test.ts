import pg from "pg";
import { describe, expect, it } from "vitest";
import { hasDebianPostgres, startDebianPostgres } from "./debian-postgres.ts";

const MAJOR = 15;
if (!hasDebianPostgres(MAJOR)) {
  console.warn(
    `\n!!! Debian PostgreSQL ${MAJOR} is missing (apt-get install postgresql-${MAJOR}); its tests fail below.\n`,
  );
}

describe(`Debian PostgreSQL ${MAJOR}`, () => {
  it("starts in a temporary directory and answers as the expected major", async () => {
    const server = await startDebianPostgres({ major: MAJOR });
    try {
      const client = new pg.Client({ connectionString: server.url });
      await client.connect();
      const { rows } = await client.query<{ v: string }>(
        "select current_setting('server_version_num') as v",
      );
      await client.end();
      expect(Math.floor(Number(rows[0]?.v) / 10000)).toBe(MAJOR);
    } finally {
      await server.stop();
    }
  });
});
