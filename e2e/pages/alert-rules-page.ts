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

  /** Sets a template parameter's field, e.g. `warning_pct`. */
  async setParam(name: string, value: number): Promise<void> {
    await this.page.getByTestId(`param-${name}`).fill(String(value));
  }

  /** Sets how long the condition must hold before the alert fires. */
  async setPendingSeconds(seconds: number): Promise<void> {
    await this.page.getByTestId("rule-for-seconds").fill(String(seconds));
  }

  /** How long a firing alert outlives a clear condition. */
  get keepFiringFor(): Locator {
    return this.page.getByTestId("rule-keep-firing-for");
  }

  async setKeepFiringFor(seconds: number): Promise<void> {
    await this.keepFiringFor.fill(String(seconds));
  }

  /** Fills in a per-target override of a numeric parameter, without adding it yet. */
  async fillOverride(target: string, param: string, value: number): Promise<void> {
    await this.page.getByTestId("rule-override-target").click();
    await this.page.getByRole("option", { name: target, exact: true }).click();
    await this.page.getByTestId("rule-override-param").click();
    await this.page.getByRole("option", { name: param, exact: true }).click();
    await this.page.getByTestId("rule-override-value").fill(String(value));
  }

  /** Adds a per-target override of a numeric parameter. */
  async addOverride(target: string, param: string, value: number): Promise<void> {
    await this.fillOverride(target, param, value);
    await this.page.getByTestId("rule-override-add").click();
  }

  async clearOverrideDraft(): Promise<void> {
    await this.page.getByTestId("rule-override-clear").click();
  }

  /** Says that an override was filled in but not added. */
  get pendingOverride(): Locator {
    return this.page.getByTestId("rule-override-pending");
  }

  get overrideRows(): Locator {
    return this.page.getByTestId("rule-override-row");
  }

  /** Opens the edit form of the rule named `name`. */
  async edit(name: string): Promise<void> {
    await this.row(name).getByTestId("rule-edit").click();
  }

  /** Scopes the rule to the targets that have `tag`. */
  async scopeToTag(tag: string): Promise<void> {
    await this.page.getByTestId("rule-scope").getByText("Targets with a tag").click();
    await this.page.getByTestId("rule-tag").fill(tag);
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
