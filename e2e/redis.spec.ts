import { expect, test } from "@playwright/test";
import { ActivityExplorerPage } from "./pages/activity-explorer-page.ts";
import { AssetsPage } from "./pages/assets-page.ts";
import { DatabaseExplorerPage } from "./pages/database-explorer-page.ts";
import { LoginPage } from "./pages/login-page.ts";
import { QueryExplorerPage } from "./pages/query-explorer-page.ts";
import { type MonitoredRedis, startMonitoredRedis } from "./redis-agent.ts";
import { OWNER_EMAIL, OWNER_PASSWORD } from "./test-env.ts";

const TARGET = "e2e-redis";
const CLIENT_NAME = "e2e-named-client";
const POLL = { timeout: 60_000, intervals: [1_000, 2_000] };

let redis: MonitoredRedis;

test.beforeAll(async () => {
  redis = await startMonitoredRedis(TARGET);
});

test.afterAll(async () => {
  await redis?.stop();
});

test("a Redis target shows its charts, commands, named clients and version", async ({ page }) => {
  // A named client keeps running SET and GET while the pages are checked.
  const client = await redis.server.client();
  await client.client("SETNAME", CLIENT_NAME);
  let running = true;
  const workload = (async () => {
    for (let i = 0; running; i++) {
      await client.set(`e2e:key:${i % 50}`, String(i));
      await client.get(`e2e:key:${(i * 7) % 50}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  })();

  try {
    const login = new LoginPage(page);
    await login.open();
    await login.signIn(OWNER_EMAIL, OWNER_PASSWORD);
    await expect(page).toHaveURL(/\/assets$/);

    const assets = new AssetsPage(page);
    await expect(assets.targetStatus(TARGET)).toHaveText("up", { timeout: 60_000 });
    await expect(assets.targetVersion(TARGET)).toContainText("Redis 7.0");
    const targetId = (await assets.targetRow(TARGET).getAttribute("data-target-id")) ?? "";
    expect(targetId).toMatch(/^[0-9a-f-]{36}$/);

    await assets.openTarget(TARGET);
    const database = new DatabaseExplorerPage(page);
    await expect(page).toHaveURL(new RegExp(`/database-explorer/${targetId}`));
    await expect(database.instanceName).toHaveText(TARGET);
    await expect(database.instanceVersion).toContainText("Redis 7.0");
    await database.open(targetId);
    await expect.poll(() => database.chartPoints("chart-ops"), POLL).toBeGreaterThan(0);
    await expect.poll(() => database.chartPoints("chart-memory"), POLL).toBeGreaterThan(0);
    await database.openTab("config");
    await expect(database.snapshotRow("config", "maxmemory")).toBeVisible({ timeout: 60_000 });

    const queries = new QueryExplorerPage(page);
    await queries.open(targetId);
    await expect(queries.heading).toBeVisible();
    await expect
      .poll(() => queries.commands(), POLL)
      .toEqual(expect.arrayContaining(["set", "get"]));
    await queries.openHistory("set");
    await expect(queries.commandHistory).toContainText("History of set");

    const activity = new ActivityExplorerPage(page);
    await activity.open(targetId);
    await expect(activity.heading).toBeVisible();
    await activity.showLatest();
    await expect(activity.clientRow(CLIENT_NAME)).toBeVisible({ timeout: 40_000 });
  } finally {
    running = false;
    await workload.catch(() => undefined);
    client.disconnect();
  }
});
