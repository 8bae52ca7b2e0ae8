import { AGENT_API } from "@logstag/protocol";
import { startTestPostgres, type TestPostgres } from "@logstag/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../src/store/db.ts";
import { makePayload } from "../src/testing/payload-factory.ts";
import { type BackendProcess, spawnBackend } from "../src/testing/spawn-backend.ts";
import { createTestOrg } from "../src/testing/start-test-backend.ts";
import { postAgent, registerTestAgent } from "./agent-api.ts";

const JOB_ENV = {
  LOGSTAG_ROLLUP_INTERVAL_SECONDS: "2",
  LOGSTAG_MAINTENANCE_INTERVAL_SECONDS: "3",
};

let pg: TestPostgres;
let db: Db;
const replicas: BackendProcess[] = [];

beforeAll(async () => {
  pg = await startTestPostgres();
  // One after the other: only the first start on an empty store creates the first organization.
  replicas.push(await spawnBackend({ databaseUrl: pg.url, env: JOB_ENV }));
  replicas.push(await spawnBackend({ databaseUrl: pg.url, env: JOB_ENV }));
  db = createDb(pg.url, 2);
});
afterAll(async () => {
  await Promise.all(replicas.map((r) => r.stop()));
  await db?.end();
  await pg?.stop();
});

interface SlotCount {
  job: string;
  slots: number;
  runs: number;
  runners: number;
}

async function slotCounts(): Promise<SlotCount[]> {
  const { rows } = await db.query<SlotCount>(
    `select job, count(distinct slot)::int as slots, count(*)::int as runs,
            count(distinct runner)::int as runners
       from job_runs group by job order by job`,
  );
  return rows;
}

describe("two backend processes on one database", () => {
  it("run each rollup and maintenance slot once, and the rollups count every point once", async () => {
    const [a, b] = replicas as [BackendProcess, BackendProcess];
    const org = await createTestOrg(db);
    const ids = await registerTestAgent(a.url, org.agentKey);
    const start = Date.now() - 20 * 60_000;
    const payloads = Array.from({ length: 100 }, (_, i) =>
      makePayload(ids, { collectedAt: new Date(start + i * 10_000).toISOString() }),
    );
    for (const [i, replica] of [a, b].entries()) {
      const half = payloads.slice(i * 50, i * 50 + 50);
      const res = await postAgent(
        replica.url,
        AGENT_API.ingest,
        { payloads: half },
        {
          key: org.agentKey,
        },
      );
      expect(res.status).toBe(200);
    }

    const posted = new Date();
    const deadline = Date.now() + 90_000;
    for (;;) {
      const counts = await slotCounts();
      const rollups = counts.find((c) => c.job === "rollup")?.slots ?? 0;
      const maintenance = counts.find((c) => c.job === "partition-maintenance")?.slots ?? 0;
      // Two whole rollup runs after the points arrived: the late ones are redone by then.
      const { rows: after } = await db.query<{ n: number }>(
        "select count(*)::int as n from job_runs where job = 'rollup' and started_at > $1 and finished_at is not null",
        [posted],
      );
      if (rollups >= 5 && maintenance >= 3 && (after[0]?.n ?? 0) >= 2) break;
      if (Date.now() > deadline)
        throw new Error(`jobs did not run in time: ${JSON.stringify(counts)}`);
      await new Promise((r) => setTimeout(r, 500));
    }
    await Promise.all(replicas.map((r) => r.stop()));

    for (const c of await slotCounts()) expect(c.runs, `${c.job} ran a slot twice`).toBe(c.slots);
    const failed = await db.query("select job, error from job_runs where error is not null");
    expect(failed.rows).toEqual([]);

    const { rows } = await db.query<{ raw: number; rolled: number }>(
      `select (select count(*)::int from points p, rollup_state s
                where p.org_id = $1 and s.tier = '1m' and p.ts < s.rolled_until) as raw,
              (select coalesce(sum(count), 0)::int from points_1m where org_id = $1) as rolled`,
      [org.orgId],
    );
    expect(rows[0]?.raw).toBeGreaterThan(0);
    expect(rows[0]?.rolled).toBe(rows[0]?.raw);
  }, 120_000);
});
