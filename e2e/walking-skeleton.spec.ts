import { expect, test } from "@playwright/test";
import { AssetsPage } from "./pages/assets-page.ts";
import { DatabaseExplorerPage } from "./pages/database-explorer-page.ts";
import { LoginPage } from "./pages/login-page.ts";
import { OWNER_EMAIL, OWNER_PASSWORD } from "./test-env.ts";

const DEMO_TARGET = "demo-postgres";

test("an owner signs in, sees the demo target up and its connections chart", async ({ page }) => {
  const login = new LoginPage(page);
  await login.open();
  await login.signIn(OWNER_EMAIL, "not-the-password");
  await expect(login.error).toHaveText("E-mail or password is wrong.");

  await login.signIn(OWNER_EMAIL, OWNER_PASSWORD);
  await expect(page).toHaveURL(/\/assets$/);
  await expect(page.getByTestId("user-email")).toHaveText(OWNER_EMAIL);
  await expect(page.getByTestId("nav-audit-logs")).toBeVisible();

  const assets = new AssetsPage(page);
  await assets.open();
  await expect(assets.heading).toBeVisible();
  // The demo agent needs a collection round or two before the target reports up.
  await expect(assets.targetStatus(DEMO_TARGET)).toHaveText("up", { timeout: 60_000 });

  await assets.openTarget(DEMO_TARGET);
  const explorer = new DatabaseExplorerPage(page);
  await expect(page).toHaveURL(/\/database-explorer\/[0-9a-f-]{36}/);
  await expect(explorer.instanceName).toHaveText(DEMO_TARGET);
  await expect
    .poll(() => explorer.connectionPoints(), { timeout: 60_000, intervals: [1_000, 2_000] })
    .toBeGreaterThan(0);

  // The latest settings and roles snapshots, read at the agent's first low-frequency round.
  await explorer.openTab("settings");
  await expect(explorer.snapshotRow("setting", "shared_preload_libraries")).toHaveAttribute(
    "data-non-default",
    "true",
    { timeout: 60_000 },
  );
  await explorer.openTab("roles");
  await expect(explorer.snapshotRow("role", "logstag_monitor")).toBeVisible();
});
