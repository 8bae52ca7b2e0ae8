import type { Locator, Page } from "@playwright/test";

export class AlertRulesPage {
  readonly newRuleButton: Locator;
  readonly dryRunResult: Locator;

  constructor(private readonly page: Page) {
    this.newRuleButton = page.getByTestId("rule-new");
    this.dryRunResult = page.getByTestId("rule-dry-run-result");
  }

  async open(): Promise<void> {
    await this.page.getByTestId("nav-alerts").click();
    await this.page.getByTestId("alerts-tab-rules").click();
  }

  /** Opens the form and picks the template whose option label starts with `templateName`. */
  async startFromTemplate(templateName: string): Promise<void> {
    await this.newRuleButton.click();
    await this.page.getByTestId("rule-template").click();
    await this.page.getByRole("option", { name: new RegExp(`^${templateName}`) }).click();
  }

  async rename(name: string): Promise<void> {
    await this.page.getByTestId("rule-name").fill(name);
  }

  async dryRun(): Promise<void> {
    await this.page.getByTestId("rule-dry-run").click();
  }

  async save(): Promise<void> {
    await this.page.getByTestId("rule-save").click();
  }

  row(name: string): Locator {
    return this.page.locator(`[data-testid="rule-row"][data-name="${name}"]`);
  }
}
