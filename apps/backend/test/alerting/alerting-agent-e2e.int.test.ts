import { createLogger, type RunningAgent, startAgent } from "@logstag/agent";
import { type Alert, API_ROUTES } from "@logstag/api-contract";
import { startTestPostgres, type TestPostgres } from "@logstag/test-support";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../src/store/db.ts";
import { testSecretKey } from "../../src/testing/alert-factory.ts";
import { type BackendProcess, spawnBackend } from "../../src/testing/spawn-backend.ts";
import { createTestOrg, signIn, type TestOrg } from "../../src/testing/start-test-backend.ts";
import { apiClient, waitFor } from "./alert-http.ts";
import { startSmtpReceiver, startWebhookReceiver } from "./receivers.ts";

// End to end: a real agent watches a real PostgreSQL; an idle transaction opened there makes the
// rule pend, fire, notify a real webhook receiver and a real SMTP server, survive a backend restart
// without notifying twice, and resolve when the transaction ends.
const SIGNING_SECRET = "e2e-signing-secret-0123456789";
const ENV = {
  LOGSTAG_ALERT_EVAL_INTERVAL_SECONDS: "1",
  LOGSTAG_NOTIFY_INTERVAL_SECONDS: "1",
  LOGSTAG_NOTIFY_RETRY_DELAY_SECONDS: "1",
  LOGSTAG_SECRET_KEY: testSecretKey(),
};

let store: TestPostgres;
let monitored: TestPostgres;
let db: Db;
let backend: BackendProcess;
let agent: RunningAgent;
let org: TestOrg;
let hooks: Awaited<ReturnType<typeof startWebhookReceiver>>;
let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;
let api: ReturnType<typeof apiClient>;
let idle: pg.Client;

beforeAll(async () => {
  [store, monitored] = await Promise.all([startTestPostgres(), startTestPostgres()]);
  [hooks, smtp] = await Promise.all([startWebhookReceiver(SIGNING_SECRET), startSmtpReceiver()]);
  backend = await spawnBackend({ databaseUrl: store.url, env: ENV });
  db = createDb(store.url, 2);
  org = await createTestOrg(db);
  api = apiClient(() => backend.url, await signIn(backend.url, org));
  agent = startAgent(
    {
      file: "agent.toml",
      agent: { name: "e2e-agent" },
      backend: { url: backend.url, apiKey: org.agentKey },
      targets: [
        {
          name: "orders-db",
          engine: "postgres",
          enabled: true,
          intervalsMs: { high: 1000, medium: 1000, low: 1000, schema: 60_000 },
          collectorTimeoutMs: 5000,
          connection: {
            host: monitored.host,
            port: monitored.port,
            database: "postgres",
            user: monitored.user,
            password: monitored.password,
            sslmode: "disable",
          },
          endpoint: `${monitored.host}:${monitored.port}/postgres`,
        },
      ],
    } as Parameters<typeof startAgent>[0],
    { logger: createLogger({ level: "silent" }), flushIntervalMs: 200 },
  );
}, 180_000);

afterAll(async () => {
  if (process.env.ALERT_DEBUG) console.log(backend?.output());
  await idle?.end().catch(() => {});
  await agent?.stop();
  await backend?.stop();
  await db?.end();
  await Promise.all([hooks?.close(), smtp?.close()]);
  await Promise.all([store?.stop(), monitored?.stop()]);
});

const firingHooks = () => hooks.hooks.filter((h) => h.json.kind === "firing");

describe("alerting end to end with a real agent and PostgreSQL", () => {
  let alert: Alert;

  it("creates channels, a policy and a rule through the API", async () => {
    const webhook = await api.post<{ id: string; secretsSet: string[] }>(
      API_ROUTES.channels.create.path,
      {
        name: "ops webhook",
        kind: "webhook",
        secrets: { url: hooks.url, signingSecret: SIGNING_SECRET },
      },
    );
    expect(webhook.secretsSet.sort()).toEqual(["signingSecret", "url"]);
    const listed = JSON.stringify(await api.get(API_ROUTES.channels.list.path));
    expect(listed).not.toContain(SIGNING_SECRET);
    expect(listed).not.toContain(hooks.url);
    const email = await api.post<{ id: string }>(API_ROUTES.channels.create.path, {
      name: "dba mail",
      kind: "email",
      settings: {
        to: ["dba@example.test"],
        from: "logstag@example.test",
        host: "127.0.0.1",
        port: smtp.port,
      },
    });
    await api.post(API_ROUTES.policies.create.path, {
      name: "everything",
      channelIds: [webhook.id, email.id],
      groupWaitSeconds: 0,
      groupIntervalSeconds: 1,
    });
    const rule = await api.post<{ id: string; params: Record<string, unknown> }>(
      API_ROUTES.alertRules.create.path,
      {
        name: "Idle in transaction",
        templateId: "postgres-idle-in-transaction",
        params: { warning_seconds: "3s" },
        timing: { forSeconds: 2 },
      },
    );
    expect(rule.params).toEqual({ warning_seconds: 3 });
  });

  it("goes pending, then firing, when a session stays idle in a transaction", async () => {
    await waitFor("the agent's first metrics", async () => {
      const { rows } = await db.query(
        "select 1 from series where org_id = $1 and metric = 'postgres.activity.longest_idle_in_transaction'",
        [org.orgId],
      );
      return rows.length > 0 ? true : undefined;
    });
    idle = new pg.Client({ connectionString: monitored.url });
    await idle.connect();
    await idle.query("begin");
    await idle.query("select 1");
    const pending = await waitFor("a pending alert", async () =>
      (await api.alerts("view=active")).find((a) => a.state === "pending" || a.state === "firing"),
    );
    alert = await waitFor("the alert to fire", async () =>
      (await api.alerts("view=active")).find((a) => a.id === pending.id && a.state === "firing"),
    );
    const timeline = (await api.alert(alert.id)).events.map((e) => e.event).reverse();
    expect(timeline.slice(0, 2)).toEqual(["pending", "firing"]);
    expect(alert).toMatchObject({
      severity: "warning",
      assetName: "orders-db",
      engine: "postgres",
    });
    expect(alert.annotations.summary).toMatch(/orders-db: a session has been idle in transaction/);
  });

  it("notifies the webhook, signed, and the mailbox, once", async () => {
    const hook = await waitFor("the firing webhook", () => firingHooks()[0]);
    expect(hook.signatureValid).toBe(true);
    expect(hook.headers["x-logstag-delivery"]).toBe(hook.json.deliveryId);
    expect(hook.json.alerts).toEqual([
      expect.objectContaining({
        id: alert.id,
        state: "firing",
        severity: "warning",
        rule: "Idle in transaction",
      }),
    ]);
    const mail = await waitFor("the firing e-mail", () => smtp.mails[0]);
    expect(mail.subject).toMatch(/^\[FIRING 1\] Idle in transaction on orders-db \(warning\)/);
    expect(mail.text).toContain("WARNING: orders-db: a session has been idle in transaction");
    expect(mail.to && "text" in mail.to ? mail.to.text : "").toBe("dba@example.test");
  });

  it("resumes after a backend restart without notifying again", async () => {
    const port = backend.port;
    await backend.stop();
    backend = await spawnBackend({ databaseUrl: store.url, port, env: ENV });
    const restarted = new Date();
    await waitFor("three evaluations after the restart", async () => {
      const { rows } = await db.query<{ n: number }>(
        "select count(*)::int as n from job_runs where job = 'alert-evaluation' and started_at > $1 and finished_at is not null",
        [restarted],
      );
      return (rows[0]?.n ?? 0) >= 3 ? true : undefined;
    });
    await waitFor("a dispatch after those", async () => {
      const { rows } = await db.query<{ n: number }>(
        "select count(*)::int as n from job_runs where job = 'alert-notifications' and started_at > now() - interval '1 second' and finished_at is not null",
      );
      return (rows[0]?.n ?? 0) >= 1 ? true : undefined;
    });
    expect((await api.alert(alert.id)).state).toBe("firing");
    expect(firingHooks()).toHaveLength(1);
    expect(smtp.mails).toHaveLength(1);
  });

  it("resolves when the transaction ends, and says so on both channels", async () => {
    await idle.query("commit");
    const hook = await waitFor("the resolved webhook", () =>
      hooks.hooks.find((h) => h.json.kind === "resolved"),
    );
    expect(hook.signatureValid).toBe(true);
    expect(hook.json.alerts).toEqual([
      expect.objectContaining({ id: alert.id, state: "resolved" }),
    ]);
    const mail = await waitFor("the resolved e-mail", () => smtp.mails[1]);
    expect(mail.subject).toMatch(/^\[RESOLVED\] Idle in transaction on orders-db/);
    const detail = await api.alert(alert.id);
    expect(detail.state).toBe("resolved");
    expect(
      detail.deliveries
        .filter((d) => d.status === "sent")
        .map((d) => d.kind)
        .sort(),
    ).toEqual(["firing", "firing", "resolved", "resolved"]);
    expect(firingHooks()).toHaveLength(1);
  });
});
