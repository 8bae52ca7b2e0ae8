import { AGENT_API } from "@logstag/protocol";
import { expect, type Locator, type Page, test } from "@playwright/test";
import { AssetsPage } from "./pages/assets-page.ts";
import { LoginPage } from "./pages/login-page.ts";
import { agentKey, E2E_PORT, OWNER_EMAIL, OWNER_PASSWORD } from "./test-env.ts";

const AGENT_NAME = "e2e-old-agent";

/** Sends one agent API call over HTTP with the demo organization's agent key. */
async function agentCall<T>(path: string, body: unknown): Promise<T> {
  const res = await fetch(`http://127.0.0.1:${E2E_PORT}${path}`, {
    method: "POST",
    headers: { authorization: `Bearer ${await agentKey()}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** A tooltip with this text (the previous one may still be fading out). */
function tooltip(page: Page, text: string | RegExp): Locator {
  return page.getByRole("tooltip").filter({ hasText: text });
}

// An agent of an old version, whose clock runs two minutes ahead, which spools because deliveries
// fail and has lost payloads, reports so in its heartbeat; Assets shows each of those.
test("Assets shows an agent's health: error, spooling, lost data, clock skew and an old version", async ({
  page,
}) => {
  const { agentId } = await agentCall<{ agentId: string }>(AGENT_API.register, {
    agentName: AGENT_NAME,
    hostname: "db-host-7",
    agentVersion: "0.0.1",
    targets: [],
  });
  await agentCall(AGENT_API.heartbeat, {
    agentId,
    agentVersion: "0.0.1",
    sentAt: new Date(Date.now() + 120_000).toISOString(),
    spool: {
      payloads: 3,
      bytes: 2 * 1024 * 1024,
      oldestAt: new Date(Date.now() - 300_000).toISOString(),
    },
    droppedPayloads: 2,
    lastError: "delivery: the backend answered 503",
  });

  const login = new LoginPage(page);
  await login.open();
  await login.signIn(OWNER_EMAIL, OWNER_PASSWORD);
  const assets = new AssetsPage(page);
  await assets.open();
  const badges = assets.agentHealth(AGENT_NAME);
  await expect(badges).toHaveText(["error", "spooling", "data lost", "clock skew", "outdated"]);

  await badges.filter({ hasText: "clock skew" }).hover();
  await expect(tooltip(page, /1[12]\d s ahead of the backend's/)).toBeVisible();
  await badges.filter({ hasText: "spooling" }).hover();
  await expect(tooltip(page, "3 payloads (2.0 MiB)")).toBeVisible();
  await badges.filter({ hasText: "error" }).hover();
  await expect(tooltip(page, "the backend answered 503")).toBeVisible();
});
