import type { Download, Locator, Page } from "@playwright/test";

export class HealthCheckPage {
  readonly heading: Locator;
  readonly report: Locator;
  readonly score: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole("heading", { name: "Health Check", level: 2 });
    this.report = page.getByTestId("health-report");
    this.score = page.getByTestId("report-score");
  }

  async open(): Promise<void> {
    await this.page.getByTestId("nav-health-check").click();
  }

  fleetRow(targetName: string): Locator {
    return this.page.locator(`[data-testid="fleet-row"][data-target-name="${targetName}"]`);
  }

  async generate(targetName: string): Promise<void> {
    await this.fleetRow(targetName).getByTestId("generate-report").click();
  }

  async openReport(targetName: string): Promise<void> {
    await this.fleetRow(targetName).getByTestId("fleet-target-link").click();
  }

  findings(): Locator {
    return this.page.getByTestId("finding");
  }

  finding(checkId: string): Locator {
    return this.page.locator(`[data-testid="finding"][data-check-id="${checkId}"]`);
  }

  /** Mutes a finding for the default 30 days with a reason. */
  async mute(checkId: string, reason: string): Promise<void> {
    await this.finding(checkId).getByTestId("mute-finding").click();
    await this.page.getByTestId("mute-reason").fill(reason);
    await this.page.getByTestId("mute-submit").click();
  }

  async unmute(checkId: string): Promise<void> {
    await this.finding(checkId).getByTestId("unmute-finding").click();
  }

  /** Starts the download of one export and returns it once the browser has it. */
  async download(format: "html" | "json" | "pdf"): Promise<Download> {
    await this.page.getByTestId("download-menu").click();
    const [download] = await Promise.all([
      this.page.waitForEvent("download"),
      this.page.getByTestId(`download-${format}`).click(),
    ]);
    return download;
  }
}
