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

  /** PostgreSQL: narrows the statements table to texts, databases or users containing `text`. */
  async searchStatements(text: string): Promise<void> {
    await this.page.getByTestId("statement-search").fill(text);
  }

  /** PostgreSQL: opens the history of the first listed statement whose text contains `text`. */
  async openStatement(text: string): Promise<void> {
    await this.page.getByTestId("statement-text").filter({ hasText: text }).first().click();
  }

  /** PostgreSQL: the open statement's full text, as the per-statement panel shows it. */
  get statementText(): Locator {
    return this.page.getByTestId("statement-history").getByTestId("statement-full-text");
  }

  /** PostgreSQL: values drawn in the open statement's calls/s chart; 0 before it draws. */
  async statementCallPoints(): Promise<number> {
    const chart = this.page.getByTestId("statement-history").getByTestId("statement-calls");
    if ((await chart.count()) === 0) return 0;
    return Number((await chart.getAttribute("data-points")) ?? "0");
  }

  async openHistory(command: string): Promise<void> {
    await this.commandRow(command).getByTestId("command-name").click();
  }
}
