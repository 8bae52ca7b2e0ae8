import { startTestPostgres, type TestPostgres } from "@logstag/test-support";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startJobRunner } from "../src/jobs/job-runner.ts";
import { createDb, type Db } from "../src/store/db.ts";
import { migrate } from "../src/store/migrate.ts";
import { waitFor } from "./alerting/alert-http.ts";

// A stop that comes while the queue is handing out a job must still record that job's end: left
// `active`, a singleton job blocks every later run of its kind until it expires (minutes).
let store: TestPostgres;
let db: Db;
beforeAll(async () => {
  store = await startTestPostgres();
  db = createDb(store.url, 2);
  await migrate(db);
}, 120_000);
afterAll(async () => {
  await db?.end();
  await store?.stop();
});

describe("stopping the job runner", () => {
  it("records the end of a job fetched while it stopped, so none stays active", async () => {
    const runner = await startJobRunner({
      databaseUrl: store.url,
      logger: pino({ level: "silent" }),
      jobs: [{ name: "tick", intervalSeconds: 1, expireInSeconds: 120, run: async () => ({}) }],
    });
    await waitFor("a first run", async () => {
      const { rows } = await db.query("select 1 from job_runs where finished_at is not null");
      return rows[0];
    });
    // Handing out a job now takes a second, which leaves room for the stop to come in between.
    await db.query(`
      create function pgboss.slow_fetch() returns trigger language plpgsql as $$
      begin
        if new.state = 'active' and old.state <> 'active' then perform pg_sleep(1); end if;
        return new;
      end $$;
      create trigger slow_fetch before update on pgboss.job
        for each row execute function pgboss.slow_fetch();`);
    await waitFor("a job being handed out", async () => {
      const { rows } = await db.query(
        "select 1 from pg_stat_activity where wait_event = 'PgSleep' and query like '%SKIP LOCKED%'",
      );
      return rows[0];
    });
    await runner.stop();
    await db.query("drop trigger slow_fetch on pgboss.job");

    const { rows } = await db.query<{ state: string; n: number }>(
      "select state, count(*)::int as n from pgboss.job where name = 'tick' and state in ('active', 'completed') group by state",
    );
    expect(rows.find((r) => r.state === "active")).toBeUndefined();
    expect(rows.find((r) => r.state === "completed")?.n).toBeGreaterThanOrEqual(2);
  });
});
