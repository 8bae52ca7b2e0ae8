import type { Locator, Page } from "@playwright/test";

export class AssetsPage {
  readonly heading: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole("heading", { name: "Assets", level: 2 });
  }

  async open(): Promise<void> {
    await this.page.getByTestId("nav-assets").click();
  }

  targetRow(name: string): Locator {
    return this.page.locator(`[data-testid="target-row"][data-target-name="${name}"]`);
  }

  targetStatus(name: string): Locator {
    return this.targetRow(name).getByTestId("target-status");
  }

  targetVersion(name: string): Locator {
    return this.targetRow(name).getByTestId("target-version");
  }

  async openTarget(name: string): Promise<void> {
    await this.targetRow(name).getByTestId("target-link").click();
  }
}
