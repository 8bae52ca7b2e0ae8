import type { Locator, Page } from "@playwright/test";

/** The Alerts list and an alert's detail page. */
export class AlertsPage {
  readonly state: Locator;
  readonly timelineEvents: Locator;
  readonly signalChart: Locator;

  constructor(private readonly page: Page) {
    this.state = page.getByTestId("alert-state");
    this.timelineEvents = page.getByTestId("alert-event");
    this.signalChart = page.getByTestId("alert-signal-chart");
  }

  async open(): Promise<void> {
    await this.page.getByTestId("nav-alerts").click();
    await this.page.getByTestId("alerts-tab-alerts").click();
  }

  /** Rows of the list in a state (`firing`, `pending`, …) whose rule is `ruleName`. */
  rows(ruleName: string, state: string): Locator {
    return this.page
      .locator(`[data-testid="alert-row"][data-state="${state}"]`)
      .filter({ has: this.page.getByTestId("alert-link").getByText(ruleName, { exact: true }) });
  }

  /** How many points the detail page's signal chart draws. */
  async signalPoints(): Promise<number> {
    return Number((await this.signalChart.getAttribute("data-points")) ?? "0");
  }

  async openAlert(row: Locator): Promise<void> {
    await row.getByTestId("alert-link").click();
  }
}
