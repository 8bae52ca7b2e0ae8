import { readdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { startTestPostgres, type TestPostgres } from "@logstag/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runRollup } from "../src/jobs/rollup-job.ts";
import { createDb, type Db } from "../src/store/db.ts";
import { migrate } from "../src/store/migrate.ts";

const MIGRATIONS = fileURLToPath(new URL("../src/store/migrations/", import.meta.url));
const DAY = 86_400_000;

let pg: TestPostgres;
let db: Db;

beforeAll(async () => {
  pg = await startTestPostgres();
  db = createDb(pg.url, 2);
});
afterAll(async () => {
  await db?.end();
  await pg?.stop();
});

/** A store as it was before time-series partitioning: every migration before 0003 applied. */
async function migrateBefore0003(): Promise<void> {
  await db.query(
    "create table schema_migrations (version text primary key, applied_at timestamptz not null default now())",
  );
  for (const file of (await readdir(MIGRATIONS)).filter((f) => f.endsWith(".sql")).sort()) {
    if (file >= "0003") break;
    await db.query(await readFile(MIGRATIONS + file, "utf8"));
    await db.query("insert into schema_migrations (version) values ($1)", [file]);
  }
}

describe("migration 0003 on a store that already holds points", () => {
  it("moves points and payload ids into daily partitions and rolls them up", async () => {
    await migrateBefore0003();
    const one = async <T>(sql: string, params: unknown[] = []) =>
      (await db.query(sql, params)).rows[0] as T;
    const { id: orgId } = await one<{ id: string }>(
      "insert into organizations (name) values ('old') returning id",
    );
    const { id: agentId } = await one<{ id: string }>(
      "insert into agents (org_id, name, hostname, version) values ($1, 'a', 'h', '0') returning id",
      [orgId],
    );
    const { id: targetId } = await one<{ id: string }>(
      "insert into targets (org_id, agent_id, name, engine) values ($1, $2, 't', 'postgres') returning id",
      [orgId, agentId],
    );
    const { id: seriesId } = await one<{ id: number }>(
      "insert into series (org_id, target_id, metric) values ($1, $2, 'postgres.uptime') returning id",
      [orgId, targetId],
    );
    const start = new Date(Math.floor(Date.now() / DAY) * DAY - DAY - 3_600_000);
    // 10-second samples from 01:00 before yesterday to now: three days, two of them whole.
    await db.query(
      `insert into points (org_id, series_id, ts, value)
       select $1, $2, t, extract(epoch from t) from generate_series($3::timestamptz, now(), '10 seconds') t`,
      [orgId, seriesId, start],
    );
    await db.query(
      `insert into ingested_payloads (org_id, payload_id, target_id, collector, received_at)
       select $1, gen_random_uuid(), $2, 'instance', now() - i * interval '1 hour' from generate_series(0, 47) i`,
      [orgId, targetId],
    );
    const before = await one<{ n: number; total: number }>(
      "select count(*)::int as n, sum(value) as total from points",
    );

    expect(await migrate(db)).toContain("0003-timeseries.sql");

    const parent = await one<{ kind: string }>(
      "select relkind as kind from pg_class where relname = 'points'",
    );
    expect(parent.kind).toBe("p");
    const partitions = await db.query<{ name: string }>(
      `select c.relname as name from pg_inherits i join pg_class c on c.oid = i.inhrelid
        where i.inhparent = 'points'::regclass order by 1`,
    );
    expect(partitions.rows.length).toBeGreaterThanOrEqual(3);
    expect(
      await one<{ n: number; total: number }>(
        "select count(*)::int as n, sum(value) as total from points",
      ),
    ).toEqual(before);
    const payloads = await one<{ n: number; same: number }>(
      "select count(*)::int as n, count(*) filter (where collected_at = received_at)::int as same from ingested_payloads",
    );
    expect(payloads).toEqual({ n: 48, same: 48 });

    const summary = await runRollup(db);
    expect(summary.caughtUp).toBe(true);
    const rolled = await one<{ raw: number; minutes: number }>(
      `select (select count(*)::int from points p, rollup_state s
                where s.tier = '1m' and p.ts < s.rolled_until) as raw,
              (select sum(count)::int from points_1m) as minutes`,
    );
    expect(rolled.minutes).toBe(rolled.raw);
    expect(rolled.raw).toBeGreaterThan(before.n - 30);
  });
});
