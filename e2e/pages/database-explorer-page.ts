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

  async open(targetId: string): Promise<void> {
    await this.page.goto(`/database-explorer/${targetId}?range=15m`);
  }

  /** Values drawn in one chart (by its test id), as the chart reports them; 0 before it draws. */
  async chartPoints(testId: string): Promise<number> {
    const chart = this.page.getByTestId(testId);
    if ((await chart.count()) === 0) return 0;
    return Number((await chart.getAttribute("data-points")) ?? "0");
  }

  /** The change markers (schema, setting and role changes) drawn on one chart. */
  chartMarkers(testId: string): Locator {
    return this.page.getByTestId(testId).getByTestId("chart-marker");
  }

  /** The marker of one chart whose changes include `line` (its label lists them). */
  chartMarker(testId: string, line: string): Locator {
    return this.chartMarkers(testId).and(this.page.getByRole("img", { name: line }));
  }

  async openTab(tab: "settings" | "roles" | "config" | "security"): Promise<void> {
    await this.page.getByTestId(`tab-${tab}`).click();
  }

  /** A row of the settings (PostgreSQL), configuration (Redis) or roles table, by name. */
  snapshotRow(kind: "setting" | "config" | "role", name: string): Locator {
    return this.page.locator(`[data-testid="${kind}-row"][data-name="${name}"]`);
  }

  get instanceVersion(): Locator {
    return this.page.getByTestId("instance-version");
  }

  url(): string {
    return this.page.url();
  }
}
