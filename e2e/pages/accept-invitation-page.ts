import type { Locator, Page } from "@playwright/test";

export class AcceptInvitationPage {
  readonly email: Locator;
  readonly error: Locator;

  constructor(private readonly page: Page) {
    this.email = page.getByTestId("invitation-email");
    this.error = page.getByTestId("accept-invitation-error");
  }

  async open(link: string): Promise<void> {
    await this.page.goto(link);
  }

  async acceptAsNewAccount(name: string, password: string): Promise<void> {
    await this.page.getByTestId("invitation-name").fill(name);
    await this.page.getByTestId("invitation-password").fill(password);
    await this.page.getByTestId("invitation-password-confirm").fill(password);
    await this.page.getByTestId("accept-invitation-submit").click();
  }
}
