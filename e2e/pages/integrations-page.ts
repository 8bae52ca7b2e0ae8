import type { Locator, Page } from "@playwright/test";

/** The Integrations area: notification channels and policies. */
export class IntegrationsPage {
  readonly testResult: Locator;

  constructor(private readonly page: Page) {
    this.testResult = page.getByTestId("channel-test-result");
  }

  async open(): Promise<void> {
    await this.page.getByTestId("nav-integrations").click();
  }

  channelRow(name: string): Locator {
    return this.page.getByTestId("channel-row").filter({ hasText: name });
  }

  policyRow(name: string): Locator {
    return this.page.getByTestId("policy-row").filter({ hasText: name });
  }

  async createWebhook(name: string, url: string, signingSecret: string): Promise<void> {
    await this.page.getByTestId("channel-new").click();
    await this.page.getByTestId("channel-kind").getByText("Webhook").click();
    await this.page.getByTestId("channel-name").fill(name);
    await this.page.getByTestId("channel-url").fill(url);
    await this.page.getByTestId("channel-signing-secret").fill(signingSecret);
    await this.page.getByTestId("channel-save").click();
  }

  /** Opens a channel's edit dialog, renames it and saves, leaving its secret fields blank. */
  async renameChannel(name: string, newName: string): Promise<void> {
    await this.channelRow(name).getByTestId("channel-edit").click();
    await this.page.getByTestId("channel-name").fill(newName);
    await this.page.getByTestId("channel-save").click();
  }

  async sendTest(name: string): Promise<void> {
    await this.channelRow(name).getByTestId("channel-test").click();
  }

  async createPolicy(name: string, channelName: string): Promise<void> {
    await this.page.getByTestId("policy-new").click();
    await this.page.getByTestId("policy-name").fill(name);
    await this.page.getByTestId("policy-channels").click();
    await this.page.getByRole("option", { name: channelName }).click();
    await this.page.getByTestId("policy-name").click();
    await this.page.getByTestId("policy-save").click();
  }

  async renamePolicy(name: string, newName: string): Promise<void> {
    await this.policyRow(name).getByTestId("policy-edit").click();
    await this.page.getByTestId("policy-name").fill(newName);
    await this.page.getByTestId("policy-save").click();
  }
}
