import type { Locator, Page } from "@playwright/test";

export class AuditLogsPage {
  readonly heading: Locator;
  readonly navEntry: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole("heading", { name: "Audit Logs", level: 2 });
    this.navEntry = page.getByTestId("nav-audit-logs");
  }

  async open(): Promise<void> {
    await this.navEntry.click();
  }

  rows(action: string): Locator {
    return this.page.locator(`[data-testid="audit-row"][data-action="${action}"]`);
  }
}
