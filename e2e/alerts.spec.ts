import { expect, test } from "@playwright/test";
import { AlertRulesPage } from "./pages/alert-rules-page.ts";
import { AlertsPage } from "./pages/alerts-page.ts";
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
  await rules.addOverride(DEMO_TARGET, "warning_pct", 70);
  await expect(rules.overrideRows).toHaveText([`${DEMO_TARGET} · warning_pct = 70 percent`]);
  await rules.setKeepFiringFor(120);
  await rules.dryRun();
  await expect(rules.dryRunResult).toContainText("Over the last hour this rule would");
  await expect(rules.dryRunResult).toContainText("evaluated");

  // An override filled in but not added stops the save instead of being lost.
  await rules.fillOverride(DEMO_TARGET, "critical_pct", 90);
  await rules.save();
  await expect(rules.pendingOverride).toHaveText("Add this override, or clear it, before saving");
  await rules.clearOverrideDraft();
  await expect(rules.pendingOverride).toHaveCount(0);

  await rules.save();
  await expect(rules.row("Connections on the demo server")).toBeVisible();
  await expect(
    rules.row("Connections on the demo server").getByTestId("rule-enabled"),
  ).toBeChecked();

  // What the form sent is what the server kept: read back after a reload.
  await page.reload();
  await rules.edit("Connections on the demo server");
  await expect(rules.keepFiringFor).toHaveValue("120");
  await expect(rules.overrideRows).toHaveText([`${DEMO_TARGET} · warning_pct = 70 percent`]);
});

// The demo's PostgreSQL allows 100 connections, and the backend, the agent and the demo workload
// always hold some: a warning at 1 % with no pending time fires on the first evaluation that has
// a sample. playwright.config.ts runs evaluation every 5 seconds instead of 30.
test("a rule created from a template fires, and its alert shows a timeline and a chart", async ({
  page,
}) => {
  const ruleName = "Any connection on the demo server";
  const login = new LoginPage(page);
  await login.open();
  await login.signIn(OWNER_EMAIL, OWNER_PASSWORD);
  await expect(new AssetsPage(page).targetStatus(DEMO_TARGET)).toHaveText("up", {
    timeout: 60_000,
  });

  const rules = new AlertRulesPage(page);
  await rules.open();
  await rules.startFromTemplate("Connection saturation");
  await rules.rename(ruleName);
  await rules.setParam("warning_pct", 1);
  await rules.setPendingSeconds(0);
  await rules.save();
  await expect(rules.row(ruleName)).toBeVisible();

  const alerts = new AlertsPage(page);
  await alerts.open();
  const firing = alerts.rows(ruleName, "firing");
  await expect(firing).toHaveCount(1, { timeout: 120_000 });
  await expect(firing).toContainText(DEMO_TARGET);
  await expect(firing).toContainText("warning");

  await alerts.openAlert(firing);
  await expect(page.getByRole("heading", { name: ruleName })).toBeVisible();
  await expect(alerts.state).toHaveText(/firing/i);
  await expect(alerts.timelineEvents.filter({ hasText: "firing" }).first()).toBeVisible();
  await expect(alerts.signalChart).toBeVisible();
  await expect.poll(() => alerts.signalPoints(), { timeout: 60_000 }).toBeGreaterThan(0);
});

test("the owner tags a target, and a rule scoped by that tag fires on it", async ({ page }) => {
  const ruleName = "Connections on production";
  const login = new LoginPage(page);
  await login.open();
  await login.signIn(OWNER_EMAIL, OWNER_PASSWORD);
  const assets = new AssetsPage(page);
  await expect(assets.targetStatus(DEMO_TARGET)).toHaveText("up", { timeout: 60_000 });
  await assets.addTags(DEMO_TARGET, ["production", "team:core"]);
  await expect(assets.targetTags(DEMO_TARGET)).toHaveText(["production", "team:core"]);

  const rules = new AlertRulesPage(page);
  await rules.open();
  await rules.startFromTemplate("Connection saturation");
  await rules.rename(ruleName);
  await rules.setParam("warning_pct", 1);
  await rules.setPendingSeconds(0);
  await rules.scopeToTag("production");
  await rules.save();
  await expect(rules.row(ruleName)).toContainText("Tag production");

  const alerts = new AlertsPage(page);
  await alerts.open();
  const firing = alerts.rows(ruleName, "firing");
  await expect(firing).toHaveCount(1, { timeout: 120_000 });
  await expect(firing).toContainText(DEMO_TARGET);
});
