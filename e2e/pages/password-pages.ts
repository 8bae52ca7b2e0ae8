import type { Locator, Page } from "@playwright/test";

/** Fills the two new-password fields both password forms share. */
async function fillNewPassword(page: Page, password: string): Promise<void> {
  await page.getByTestId("new-password").fill(password);
  await page.getByTestId("new-password-confirm").fill(password);
}

/** Account menu → Change password, for the signed-in person. */
export class ChangePasswordPage {
  readonly form: Locator;

  constructor(private readonly page: Page) {
    this.form = page.getByTestId("change-password-form");
  }

  async open(): Promise<void> {
    await this.page.getByTestId("account-menu").click();
    await this.page.getByTestId("change-password").click();
  }

  async change(current: string, next: string): Promise<void> {
    await this.page.getByTestId("current-password").fill(current);
    await fillNewPassword(this.page, next);
    await this.form.getByRole("button", { name: "Change password" }).click();
  }
}

/** The public page a reset link opens. */
export class ResetPasswordPage {
  readonly panel: Locator;

  constructor(private readonly page: Page) {
    this.panel = page.getByTestId("reset-password");
  }

  async open(link: string): Promise<void> {
    await this.page.goto(link);
  }

  async setPassword(password: string): Promise<void> {
    await fillNewPassword(this.page, password);
    await this.panel.getByRole("button", { name: "Set password" }).click();
  }
}
