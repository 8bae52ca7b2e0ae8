import { API_ROUTES } from "@logstag/api-contract";
import { startTestPostgres, type TestPostgres } from "@logstag/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../src/store/db.ts";
import { testSecretKey } from "../../src/testing/alert-factory.ts";
import { type BackendProcess, spawnBackend } from "../../src/testing/spawn-backend.ts";
import { createTestOrg, signIn } from "../../src/testing/start-test-backend.ts";
import { registerTestAgent } from "../agent-api.ts";
import { apiClient, waitFor } from "./alert-http.ts";
import { startIngestLoop } from "./ingest-loop.ts";
import { startWebhookReceiver } from "./receivers.ts";

// Two backend replicas on one store evaluate and notify once; a receiver that fails first gets the
// notification on a retry; acknowledgement and silences stop what they should.
const SECRET = "replica-signing-secret-0123456789";
const ENV = {
  LOGSTAG_ALERT_EVAL_INTERVAL_SECONDS: "1",
  LOGSTAG_NOTIFY_INTERVAL_SECONDS: "1",
  LOGSTAG_NOTIFY_RETRY_DELAY_SECONDS: "1",
  LOGSTAG_SECRET_KEY: testSecretKey(),
};

let store: TestPostgres;
let db: Db;
const replicas: BackendProcess[] = [];
let hooks: Awaited<ReturnType<typeof startWebhookReceiver>>;
let api: ReturnType<typeof apiClient>;
let loop: { value: number; stopped: boolean };

beforeAll(async () => {
  store = await startTestPostgres();
  hooks = await startWebhookReceiver(SECRET);
  replicas.push(await spawnBackend({ databaseUrl: store.url, env: ENV }));
  replicas.push(await spawnBackend({ databaseUrl: store.url, env: ENV }));
  db = createDb(store.url, 2);
  const org = await createTestOrg(db);
  const [a, b] = replicas as [BackendProcess, BackendProcess];
  api = apiClient(() => b.url, await signIn(a.url, org));
  const ids = await registerTestAgent(a.url, org.agentKey);
  loop = startIngestLoop(() => a.url, org.agentKey, ids);
}, 180_000);

afterAll(async () => {
  if (loop) loop.stopped = true;
  await Promise.all(replicas.map((r) => r.stop()));
  await db?.end();
  await hooks?.close();
  await store?.stop();
});

const kinds = () => hooks.hooks.map((h) => h.json.kind);
const count = (kind: string) => kinds().filter((k) => k === kind).length;

async function dispatchesSince(since: Date, n: number): Promise<void> {
  await waitFor(`${n} dispatch runs`, async () => {
    const { rows } = await db.query<{ n: number }>(
      "select count(*)::int as n from job_runs where job = 'alert-notifications' and started_at > $1 and finished_at is not null",
      [since],
    );
    return (rows[0]?.n ?? 0) >= n ? true : undefined;
  });
}

describe("alerting with two backend replicas", () => {
  let alertId: string;
  let ruleId: string;

  it("notifies once, retrying a receiver that failed", async () => {
    const channel = await api.post<{ id: string }>(API_ROUTES.channels.create.path, {
      name: "hook",
      kind: "webhook",
      secrets: { url: hooks.url, signingSecret: SECRET },
    });
    await api.post(API_ROUTES.policies.create.path, {
      name: "all",
      channelIds: [channel.id],
      groupWaitSeconds: 0,
      groupIntervalSeconds: 1,
      repeatIntervalSeconds: 60,
    });
    ruleId = (
      await api.post<{ id: string }>(API_ROUTES.alertRules.create.path, {
        name: "Idle",
        templateId: "postgres-idle-in-transaction",
        params: { warning_seconds: 5 },
        timing: { forSeconds: 0 },
      })
    ).id;
    hooks.failTimes(1);
    loop.value = 60;
    await waitFor("the firing webhook", () => (count("firing") > 0 ? true : undefined));
    alertId = hooks.hooks[0]?.json.alerts[0]?.id as string;
    await dispatchesSince(new Date(), 4);
    expect(count("firing")).toBe(1);
    const detail = await api.alert(alertId);
    expect(detail.deliveries).toEqual([
      expect.objectContaining({ kind: "firing", status: "sent", attempts: 2 }),
    ]);
    expect(detail.deliveries[0]?.lastError).toMatch(/answered 500/);
    const { rows } = await db.query<{ slots: number; runs: number }>(
      "select count(distinct slot)::int as slots, count(*)::int as runs from job_runs where job = 'alert-evaluation'",
    );
    expect(rows[0]?.runs).toBe(rows[0]?.slots);
  });

  it("records an acknowledgement with who and why", async () => {
    const acked = await api.post<{ acknowledged: { by: string; comment: string } }>(
      `/api/v1/alerts/${alertId}/acknowledge`,
      { comment: "looking at it" },
    );
    expect(acked.acknowledged).toMatchObject({ comment: "looking at it" });
    expect(acked.acknowledged.by).toMatch(/@example.test/);
    const events = (await api.alert(alertId)).events;
    expect(events[0]).toMatchObject({ event: "acknowledged", comment: "looking at it" });
  });

  it("keeps a silenced episode quiet and speaks when the silence ends", async () => {
    loop.value = 0;
    await waitFor("the resolved webhook", () => (count("resolved") > 0 ? true : undefined));
    const silence = await api.post<{ id: string; active: boolean }>(
      API_ROUTES.silences.create.path,
      {
        matchers: { ruleId },
        endsAt: new Date(Date.now() + 3_600_000).toISOString(),
        reason: "planned maintenance",
      },
    );
    expect(silence.active).toBe(true);
    loop.value = 60;
    const silenced = await waitFor("the silenced alert to fire", async () =>
      (await api.alerts("view=active")).find((a) => a.state === "firing" && a.silenced),
    );
    expect(silenced.id).toBe(alertId);
    await dispatchesSince(new Date(), 3);
    expect(count("firing")).toBe(1);
    await api.del(`/api/v1/alert-silences/${silence.id}`);
    await waitFor("the firing webhook after the silence", () =>
      count("firing") === 2 ? true : undefined,
    );
    expect(hooks.hooks.every((h) => h.signatureValid)).toBe(true);
  });
});
