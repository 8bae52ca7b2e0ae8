import { createLogger, type RunningAgent, startAgent } from "@logstag/agent";
import { type Alert, API_ROUTES } from "@logstag/api-contract";
import { startTestPostgres, startWebhookReceiver, type TestPostgres } from "@logstag/test-support";
import { createDb, type Db } from "../../src/store/db.ts";
import { testSecretKey } from "../../src/testing/alert-factory.ts";
import { type BackendProcess, spawnBackend } from "../../src/testing/spawn-backend.ts";
import { createTestOrg, signIn, type TestOrg } from "../../src/testing/start-test-backend.ts";
import { apiClient, waitFor } from "./alert-http.ts";
import { startSmtpReceiver } from "./receivers.ts";

// The shared end-to-end set-up of the alerting tests: a store, a backend process that evaluates
// every second, a signed-in Admin, a real webhook receiver and SMTP server, and a real agent that
// collects its targets every second.
export const SIGNING_SECRET = "e2e-signing-secret-0123456789";

const ENV = {
  LOGSTAG_ALERT_EVAL_INTERVAL_SECONDS: "1",
  LOGSTAG_NOTIFY_INTERVAL_SECONDS: "1",
  LOGSTAG_NOTIFY_RETRY_DELAY_SECONDS: "1",
  LOGSTAG_SECRET_KEY: testSecretKey(),
};

type AgentConfig = Parameters<typeof startAgent>[0];
/** A target of the agent's configuration, as the agent reads it after validation. */
export type AgentTarget = AgentConfig["targets"][number];

/** Collection every second (schema once a minute), as a test needs it. */
export const FAST_INTERVALS = { high: 1000, medium: 1000, low: 1000, schema: 60_000 };

export interface AgentStack {
  db: Db;
  org: TestOrg;
  api: ReturnType<typeof apiClient>;
  hooks: Awaited<ReturnType<typeof startWebhookReceiver>>;
  smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;
  backend(): BackendProcess;
  /** Stops the backend and starts it again on the same port and store. */
  restartBackend(): Promise<void>;
  /** Creates a webhook channel and a policy that sends everything there at once. */
  routeAllToWebhook(extraChannelIds?: string[]): Promise<{ id: string; secretsSet: string[] }>;
  /**
   * Waits for an alert to go pending and then fire, and returns it once firing; the first two
   * events of its timeline are returned too, oldest first.
   */
  waitForFiring(): Promise<{ alert: Alert; firstEvents: string[] }>;
  /** Waits until the agent's samples of `metric` are stored. */
  waitForMetric(metric: string): Promise<void>;
  stop(): Promise<void>;
}

export async function startAgentStack(targets: AgentTarget[]): Promise<AgentStack> {
  let store: TestPostgres | undefined;
  let backend: BackendProcess | undefined;
  let db: Db | undefined;
  let agent: RunningAgent | undefined;
  const [hooks, smtp] = await Promise.all([
    startWebhookReceiver(SIGNING_SECRET),
    startSmtpReceiver(),
  ]);
  const stop = async () => {
    if (process.env.ALERT_DEBUG) console.log(backend?.output());
    await agent?.stop();
    await backend?.stop();
    await db?.end();
    await Promise.all([hooks.close(), smtp.close()]);
    await store?.stop();
  };
  try {
    store = await startTestPostgres();
    const storeUrl = store.url;
    backend = await spawnBackend({ databaseUrl: storeUrl, env: ENV });
    db = createDb(storeUrl, 2);
    const org = await createTestOrg(db);
    const api = apiClient(() => (backend as BackendProcess).url, await signIn(backend.url, org));
    agent = startAgent(
      {
        file: "agent.toml",
        agent: { name: "e2e-agent" },
        backend: { url: backend.url, apiKey: org.agentKey },
        targets,
      } as AgentConfig,
      { logger: createLogger({ level: "silent" }), flushIntervalMs: 200 },
    );
    const storeDb = db;
    return {
      db: storeDb,
      org,
      api,
      hooks,
      smtp,
      backend: () => backend as BackendProcess,
      async restartBackend() {
        const port = (backend as BackendProcess).port;
        await backend?.stop();
        backend = await spawnBackend({ databaseUrl: storeUrl, port, env: ENV });
      },
      async routeAllToWebhook(extraChannelIds = []) {
        const webhook = await api.post<{ id: string; secretsSet: string[] }>(
          API_ROUTES.channels.create.path,
          {
            name: "ops webhook",
            kind: "webhook",
            secrets: { url: hooks.url, signingSecret: SIGNING_SECRET },
          },
        );
        await api.post(API_ROUTES.policies.create.path, {
          name: "everything",
          channelIds: [webhook.id, ...extraChannelIds],
          groupWaitSeconds: 0,
          groupIntervalSeconds: 1,
        });
        return webhook;
      },
      async waitForFiring() {
        const pending = await waitFor("a pending alert", async () =>
          (await api.alerts("view=active")).find(
            (a) => a.state === "pending" || a.state === "firing",
          ),
        );
        const alert = await waitFor("the alert to fire", async () =>
          (await api.alerts("view=active")).find(
            (a) => a.id === pending.id && a.state === "firing",
          ),
        );
        const events = (await api.alert(alert.id)).events.map((e) => e.event).reverse();
        return { alert, firstEvents: events.slice(0, 2) };
      },
      async waitForMetric(metric) {
        await waitFor(`the agent's first ${metric} samples`, async () => {
          const { rows } = await storeDb.query(
            "select 1 from series where org_id = $1 and metric = $2",
            [org.orgId, metric],
          );
          return rows.length > 0 ? true : undefined;
        });
      },
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}
