import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { AcceptInvitationPage } from "./pages/accept-invitation-page.ts";
import { AssetsPage } from "./pages/assets-page.ts";
import { HealthCheckPage } from "./pages/health-check-page.ts";
import { LoginPage } from "./pages/login-page.ts";
import { OWNER_EMAIL, OWNER_PASSWORD } from "./test-env.ts";

const DEMO_TARGET = "demo-postgres";

test("the owner generates a report, opens it, mutes and unmutes a finding, and downloads it as HTML, JSON and PDF", async ({
  page,
}) => {
  const login = new LoginPage(page);
  await login.open();
  await login.signIn(OWNER_EMAIL, OWNER_PASSWORD);
  await expect(page).toHaveURL(/\/assets$/);
  const assets = new AssetsPage(page);
  await expect(assets.targetStatus(DEMO_TARGET)).toHaveText("up", { timeout: 60_000 });

  const health = new HealthCheckPage(page);
  await health.open();
  await expect(health.heading).toBeVisible();
  // The daily job makes a first report a few minutes after the first data; do not wait for it.
  await health.generate(DEMO_TARGET);
  await expect(health.fleetRow(DEMO_TARGET).getByTestId("health-score")).not.toHaveText("–");
  await health.openReport(DEMO_TARGET);
  await expect(health.report).toBeVisible();
  await expect(page.getByTestId("score-rule")).toContainText("severity points × category factor");
  await expect(page.getByTestId("not-evaluated")).toBeVisible();
  await expect(page.getByTestId("passed-checks")).toBeVisible();

  // The demo server runs with default settings, so it has findings that take points off.
  const weighty = health
    .findings()
    .filter({ has: page.getByTestId("mute-finding") })
    .first();
  await expect(weighty).toBeVisible();
  const checkId = (await weighty.getAttribute("data-check-id")) ?? "";
  expect(checkId).not.toBe("");
  const scoreBefore = Number(await health.score.textContent());

  await health.mute(checkId, "Accepted on this demo server");
  await expect(health.finding(checkId)).toHaveAttribute("data-muted", "true");
  await expect(health.finding(checkId).getByTestId("finding-mute-note")).toContainText(
    "Accepted on this demo server",
  );
  await expect(health.finding(checkId).getByTestId("finding-weight")).toHaveText(/^0 \(would be/);
  expect(Number(await health.score.textContent())).toBeGreaterThanOrEqual(scoreBefore);

  const html = await health.download("html");
  expect(html.suggestedFilename()).toMatch(/\.html$/);
  const htmlText = await readFile(await html.path(), "utf8");
  expect(htmlText.slice(0, 200).toLowerCase()).toContain("<!doctype html");
  expect(htmlText).toContain(checkId);

  const json = await health.download("json");
  expect(json.suggestedFilename()).toMatch(/\.json$/);
  const exported = JSON.parse(await readFile(await json.path(), "utf8"));
  expect(exported.format).toBe("logstag.health-report/v1");
  expect(exported.target.name).toBe(DEMO_TARGET);
  const mutedFinding = exported.findings.find((f: { checkId: string }) => f.checkId === checkId);
  expect(mutedFinding?.muted?.reason).toBe("Accepted on this demo server");

  const pdf = await health.download("pdf");
  expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
  const pdfBytes = await readFile(await pdf.path());
  expect(pdfBytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect(pdfBytes.length).toBeGreaterThan(2_000);

  // The same links answer with the content type of each format.
  const reportId = (await health.report.getAttribute("data-report-id")) ?? "";
  for (const [format, type] of [
    ["html", "text/html"],
    ["json", "application/json"],
    ["pdf", "application/pdf"],
  ] as const) {
    const response = await page.request.get(`/api/v1/health-reports/${reportId}/export.${format}`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain(type);
    expect(response.headers()["content-disposition"]).toContain("attachment");
  }

  await health.unmute(checkId);
  await expect(health.finding(checkId)).toHaveAttribute("data-muted", "false");
  await expect(health.finding(checkId).getByTestId("mute-finding")).toBeVisible();
});

test("a viewer reads reports and schedules but cannot generate, mute or change schedules", async ({
  page,
  browser,
}) => {
  const login = new LoginPage(page);
  await login.open();
  await login.signIn(OWNER_EMAIL, OWNER_PASSWORD);
  await expect(page).toHaveURL(/\/assets$/);
  const assets = new AssetsPage(page);
  await expect(assets.targetStatus(DEMO_TARGET)).toHaveText("up", { timeout: 60_000 });
  const targetId = (await assets.targetRow(DEMO_TARGET).getAttribute("data-target-id")) ?? "";
  const generated = await page.request.post(`/api/v1/targets/${targetId}/health-reports`);
  expect(generated.status()).toBe(200);
  const viewerEmail = `viewer-${randomUUID().slice(0, 8)}@example.test`;
  const invited = await page.request.post("/api/v1/invitations", {
    data: { email: viewerEmail, role: "viewer" },
  });
  const { link } = await invited.json();

  const context = await browser.newContext();
  const viewer = await context.newPage();
  const accept = new AcceptInvitationPage(viewer);
  await accept.open(link);
  await accept.acceptAsNewAccount("Vera Viewer", "Viewer-passphrase-1357");
  await expect(viewer).toHaveURL(/\/assets$/);

  const health = new HealthCheckPage(viewer);
  await health.open();
  await expect(health.fleetRow(DEMO_TARGET)).toBeVisible();
  await expect(viewer.getByTestId("generate-report")).toHaveCount(0);
  await expect(viewer.getByTestId("generate-not-allowed")).toBeVisible();
  await health.openReport(DEMO_TARGET);
  await expect(health.report).toBeVisible();
  await expect(viewer.getByTestId("mute-finding")).toHaveCount(0);
  await expect(viewer.getByTestId("mute-not-allowed").first()).toBeDisabled();
  const refused = await viewer.request.post(`/api/v1/targets/${targetId}/health-mutes`, {
    data: { checkId: "postgres.ssl_off", reason: "not allowed", until: "2099-01-01T00:00:00Z" },
  });
  expect(refused.status()).toBe(403);

  await viewer.getByTestId("nav-reports").click();
  await expect(viewer.getByTestId("report-row").first()).toBeVisible();
  await viewer.getByTestId("tab-schedules").click();
  await expect(viewer.getByTestId("schedules-read-only")).toBeVisible();
  await expect(viewer.getByTestId("schedule-new")).toHaveCount(0);
  await context.close();
});
