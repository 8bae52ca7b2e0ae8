import type { Locator, Page } from "@playwright/test";

export class QueryExplorerPage {
  readonly heading: Locator;
  readonly commandsTable: Locator;
  readonly commandHistory: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole("heading", { name: "Query Explorer", level: 2 });
    this.commandsTable = page.getByTestId("commands-table");
    this.commandHistory = page.getByTestId("command-history");
  }

  async open(targetId: string): Promise<void> {
    await this.page.goto(`/query-explorer/${targetId}?range=15m`);
  }

  /** The commands listed in the table, in display order; empty while there are none. */
  async commands(): Promise<string[]> {
    return this.page
      .getByTestId("command-row")
      .evaluateAll((rows) => rows.map((row) => row.getAttribute("data-command") ?? ""));
  }

  commandRow(command: string): Locator {
    return this.page.locator(`[data-testid="command-row"][data-command="${command}"]`);
  }

  /** PostgreSQL: the statement texts listed, in display order. */
  async statements(): Promise<string[]> {
    return this.page
      .getByTestId("statement-text")
      .evaluateAll((links) => links.map((link) => link.textContent ?? ""));
  }

  async openHistory(command: string): Promise<void> {
    await this.commandRow(command).getByTestId("command-name").click();
  }
}
