import type { Locator, Page } from "@playwright/test";

export class DatabaseExplorerPage {
  readonly instanceName: Locator;
  readonly connectionsChart: Locator;

  constructor(private readonly page: Page) {
    this.instanceName = page.getByTestId("instance-name");
    this.connectionsChart = page.getByTestId("chart-connections");
  }

  /** Values drawn in the connections chart, as the chart reports them. */
  async connectionPoints(): Promise<number> {
    if ((await this.connectionsChart.count()) === 0) return 0;
    return Number((await this.connectionsChart.getAttribute("data-points")) ?? "0");
  }

  url(): string {
    return this.page.url();
  }
}
