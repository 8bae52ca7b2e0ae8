import type { Alert } from "@logstag/api-contract";
import { API_ROUTES } from "@logstag/api-contract";
import { startTestPostgres, type TestPostgres } from "@logstag/test-support";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AgentStack, FAST_INTERVALS, SIGNING_SECRET, startAgentStack } from "./agent-stack.ts";
import { waitFor } from "./alert-http.ts";

// End to end: a real agent watches a real PostgreSQL; an idle transaction opened there makes the
// rule pend, fire, notify a real webhook receiver and a real SMTP server, survive a backend restart
// without notifying twice, and resolve when the transaction ends.
let monitored: TestPostgres;
let stack: AgentStack;
let idle: pg.Client;

beforeAll(async () => {
  monitored = await startTestPostgres();
  stack = await startAgentStack([
    {
      name: "orders-db",
      engine: "postgres",
      enabled: true,
      intervalsMs: FAST_INTERVALS,
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
  ]);
}, 180_000);

afterAll(async () => {
  await idle?.end().catch(() => {});
  await stack?.stop();
  await monitored?.stop();
});

const firingHooks = () => stack.hooks.hooks.filter((h) => h.json.kind === "firing");

describe("alerting end to end with a real agent and PostgreSQL", () => {
  let alert: Alert;

  it("creates channels, a policy and a rule through the API", async () => {
    const { api, hooks, smtp } = stack;
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
    const webhook = await stack.routeAllToWebhook([email.id]);
    expect(webhook.secretsSet.sort()).toEqual(["signingSecret", "url"]);
    const listed = JSON.stringify(await api.get(API_ROUTES.channels.list.path));
    expect(listed).not.toContain(SIGNING_SECRET);
    expect(listed).not.toContain(hooks.url);
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
    await stack.waitForMetric("postgres.activity.longest_idle_in_transaction");
    idle = new pg.Client({ connectionString: monitored.url });
    await idle.connect();
    await idle.query("begin");
    await idle.query("select 1");
    const firing = await stack.waitForFiring();
    alert = firing.alert;
    expect(firing.firstEvents).toEqual(["pending", "firing"]);
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
    const mail = await waitFor("the firing e-mail", () => stack.smtp.mails[0]);
    expect(mail.subject).toMatch(/^\[FIRING 1\] Idle in transaction on orders-db \(warning\)/);
    expect(mail.text).toContain("WARNING: orders-db: a session has been idle in transaction");
    expect(mail.to && "text" in mail.to ? mail.to.text : "").toBe("dba@example.test");
  });

  // A backend restart under load takes a while, so this test gets more time than the default.
  it("resumes after a backend restart without notifying again", { timeout: 180_000 }, async () => {
    await stack.restartBackend();
    const restarted = new Date();
    const thirdEvaluation = await waitFor("three evaluations after the restart", async () => {
      const { rows } = await stack.db.query<{ finished: Date }>(
        "select finished_at as finished from job_runs where job = 'alert-evaluation' and started_at > $1 and finished_at is not null order by finished_at offset 2 limit 1",
        [restarted],
      );
      return rows[0]?.finished;
    });
    await waitFor("a dispatch after those", async () => {
      const { rows } = await stack.db.query<{ n: number }>(
        "select count(*)::int as n from job_runs where job = 'alert-notifications' and started_at > $1 and finished_at is not null",
        [thirdEvaluation],
      );
      return (rows[0]?.n ?? 0) >= 1 ? true : undefined;
    });
    expect((await stack.api.alert(alert.id)).state).toBe("firing");
    expect(firingHooks()).toHaveLength(1);
    expect(stack.smtp.mails).toHaveLength(1);
  });

  it("resolves when the transaction ends, and says so on both channels", async () => {
    await idle.query("commit");
    const hook = await waitFor("the resolved webhook", () =>
      stack.hooks.hooks.find((h) => h.json.kind === "resolved"),
    );
    expect(hook.signatureValid).toBe(true);
    expect(hook.json.alerts).toEqual([
      expect.objectContaining({ id: alert.id, state: "resolved" }),
    ]);
    const mail = await waitFor("the resolved e-mail", () => stack.smtp.mails[1]);
    expect(mail.subject).toMatch(/^\[RESOLVED\] Idle in transaction on orders-db/);
    const detail = await stack.api.alert(alert.id);
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
