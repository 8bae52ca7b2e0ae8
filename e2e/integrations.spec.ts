import { startWebhookReceiver } from "@logstag/test-support";
import { expect, test } from "@playwright/test";
import { IntegrationsPage } from "./pages/integrations-page.ts";
import { LoginPage } from "./pages/login-page.ts";
import { OWNER_EMAIL, OWNER_PASSWORD } from "./test-env.ts";

const SECRET = "integrations-e2e-secret-0123456789";

// Editing a channel with its secret fields left blank keeps the saved URL and signing secret: a
// test message after the edit still reaches a real receiver, correctly signed.
test("the owner edits a webhook channel and a policy; blank secrets keep the saved ones", async ({
  page,
}) => {
  const receiver = await startWebhookReceiver(SECRET);
  try {
    const login = new LoginPage(page);
    await login.open();
    await login.signIn(OWNER_EMAIL, OWNER_PASSWORD);
    const integrations = new IntegrationsPage(page);
    await integrations.open();

    await integrations.createWebhook("ops hook", receiver.url, SECRET);
    await expect(integrations.channelRow("ops hook")).toContainText("signingSecret");
    await expect(integrations.channelRow("ops hook")).toContainText("url");
    await integrations.renameChannel("ops hook", "on-call hook");
    await expect(integrations.channelRow("on-call hook")).toBeVisible();
    await expect(integrations.channelRow("ops hook")).toHaveCount(0);

    await integrations.sendTest("on-call hook");
    await expect(integrations.testResult).toHaveText("delivered", { timeout: 30_000 });
    await expect.poll(() => receiver.hooks.length, { timeout: 30_000 }).toBe(1);
    expect(receiver.hooks[0]?.signatureValid).toBe(true);
    expect(receiver.hooks[0]?.json.kind).toBe("test");

    await integrations.createPolicy("everything", "on-call hook");
    await expect(integrations.policyRow("everything")).toContainText("on-call hook");
    await integrations.renamePolicy("everything", "all alerts to on call");
    await expect(integrations.policyRow("all alerts to on call")).toContainText("on-call hook");
  } finally {
    await receiver.close();
  }
});
