import { AGENT_API } from "@logstag/protocol";
import { type StartedPostgres, startDebianPostgres } from "@logstag/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../src/store/db.ts";
import { makePayload } from "../src/testing/payload-factory.ts";
import { type BackendProcess, spawnBackend } from "../src/testing/spawn-backend.ts";
import { createTestOrg } from "../src/testing/start-test-backend.ts";
import { postAgent, registerTestAgent } from "./agent-api.ts";
import { waitFor } from "./alerting/alert-http.ts";

// The store restarts under a running backend (an upgrade, a failover, a crash): the backend says
// it is unavailable meanwhile, logs the outage once instead of at every tick, and carries on by
// itself once the store is back: ingest, health and the background jobs.
let store: StartedPostgres;
let backend: BackendProcess;
let db: Db | undefined;

beforeAll(async () => {
  store = await startDebianPostgres({ major: 15 });
  backend = await spawnBackend({
    databaseUrl: store.url,
    env: { LOG_LEVEL: "info", LOGSTAG_ALERT_EVAL_INTERVAL_SECONDS: "1" },
  });
}, 120_000);
afterAll(async () => {
  await backend?.stop();
  await db?.end();
  await store?.stop();
});

const healthStatus = async () =>
  (await fetch(`${backend.url}/healthz`).catch(() => undefined))?.status;

describe("the store restarts under a running backend", () => {
  it("answers 503 while it is down and resumes ingest and jobs once it is back", {
    timeout: 120_000,
  }, async () => {
    const setup = createDb(store.url, 1);
    const org = await createTestOrg(setup);
    await setup.end();
    const ids = await registerTestAgent(backend.url, org.agentKey);
    const post = () =>
      postAgent(
        backend.url,
        AGENT_API.ingest,
        { payloads: [makePayload(ids)] },
        { key: org.agentKey },
      );
    expect((await post()).status).toBe(200);

    const restart = (async () => {
      await store.halt();
      await new Promise((r) => setTimeout(r, 8_000));
      await store.start();
    })();
    await waitFor("/healthz to report the outage", async () =>
      (await healthStatus()) === 503 ? true : undefined,
    );
    const during = await post();
    expect(during.status).toBe(503);
    await restart;
    const back = new Date();

    await waitFor("/healthz to recover", async () =>
      (await healthStatus()) === 200 ? true : undefined,
    );
    expect((await post()).status).toBe(200);
    const after = createDb(store.url, 1);
    db = after;
    await waitFor("an alert evaluation after the restart", async () => {
      const { rows } = await after.query(
        "select 1 from job_runs where job = 'alert-evaluation' and started_at > $1 and finished_at is not null",
        [back],
      );
      return rows[0];
    });
    const { rows } = await after.query<{ n: number }>(
      "select count(*)::int as n from ingested_payloads",
    );
    expect(rows[0]?.n).toBe(2);
    const log = backend.output();
    expect(log.match(/could not schedule jobs/g)).toHaveLength(1);
    expect(log.match(/scheduling jobs again/g)).toHaveLength(1);
  });
});
