import { setTimeout as sleep } from "node:timers/promises";
import { type StartedPostgres, startDebianPostgres } from "@logstag/test-support";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startJobRunner } from "../src/jobs/job-runner.ts";
import { createDb, type Db } from "../src/store/db.ts";
import { migrate } from "../src/store/migrate.ts";
import { waitFor } from "./alerting/alert-http.ts";

// Whatever happens around a job's end, the queue must learn of it: left `active`, a singleton job
// blocks every later run of its kind until it expires (minutes).
let store: StartedPostgres;
const logger = pino({ level: "silent" });
let db: Db;
beforeAll(async () => {
  store = await startDebianPostgres({ major: 15 });
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
      logger,
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

describe("the store going away under the job runner", () => {
  it("records the end of a run that finished meanwhile once the store is back, and runs the next", {
    timeout: 120_000,
  }, async () => {
    let runs = 0;
    let release = () => {};
    const released = new Promise<void>((r) => {
      release = r;
    });
    const runner = await startJobRunner({
      databaseUrl: store.url,
      logger,
      jobs: [
        {
          name: "tock",
          intervalSeconds: 1,
          expireInSeconds: 120,
          run: async () => {
            runs++;
            if (runs === 1) await released;
            return {};
          },
        },
      ],
    });
    try {
      await waitFor("a first run", () => (runs === 1 ? true : undefined));
      await store.halt();
      release();
      await sleep(2_000);
      await store.start();
      await waitFor("a second run", () => (runs >= 2 ? true : undefined));
    } finally {
      await runner.stop();
    }
    const { rows } = await db.query(
      "select state from pgboss.job where name = 'tock' and state = 'active'",
    );
    expect(rows).toEqual([]);
  });
});
