import { expect, test } from "@playwright/test";
import { AlertRulesPage } from "./pages/alert-rules-page.ts";
import { AssetsPage } from "./pages/assets-page.ts";
import { LoginPage } from "./pages/login-page.ts";
import { OWNER_EMAIL, OWNER_PASSWORD } from "./test-env.ts";

const DEMO_TARGET = "demo-postgres";

test("the owner creates an alert rule from a template and sees its dry run", async ({ page }) => {
  const login = new LoginPage(page);
  await login.open();
  await login.signIn(OWNER_EMAIL, OWNER_PASSWORD);
  await expect(page).toHaveURL(/\/assets$/);
  await expect(new AssetsPage(page).targetStatus(DEMO_TARGET)).toHaveText("up", {
    timeout: 60_000,
  });

  const rules = new AlertRulesPage(page);
  await rules.open();
  await rules.startFromTemplate("Connection saturation");
  await rules.rename("Connections on the demo server");
  await rules.dryRun();
  await expect(rules.dryRunResult).toContainText("Over the last hour this rule would");
  await expect(rules.dryRunResult).toContainText("evaluated");

  await rules.save();
  await expect(rules.row("Connections on the demo server")).toBeVisible();
  await expect(
    rules.row("Connections on the demo server").getByTestId("rule-enabled"),
  ).toBeChecked();
});
