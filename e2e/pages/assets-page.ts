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

  /** The health badges of an agent's row, most serious first. */
  agentHealth(name: string): Locator {
    return this.page
      .locator(`[data-testid="agent-row"][data-agent-name="${name}"]`)
      .getByTestId("agent-health");
  }

  targetStatus(name: string): Locator {
    return this.targetRow(name).getByTestId("target-status");
  }

  targetVersion(name: string): Locator {
    return this.targetRow(name).getByTestId("target-version");
  }

  targetTags(name: string): Locator {
    return this.targetRow(name).getByTestId("target-tag");
  }

  /** Adds tags to a target through its tags dialog and saves. */
  async addTags(name: string, tags: string[]): Promise<void> {
    await this.targetRow(name).getByTestId("target-tags-edit").click();
    const input = this.page.getByTestId("target-tags-input");
    for (const tag of tags) {
      await input.fill(tag);
      await input.press("Enter");
    }
    await this.page.getByTestId("target-tags-save").click();
  }

  async openTarget(name: string): Promise<void> {
    await this.targetRow(name).getByTestId("target-link").click();
  }
}
