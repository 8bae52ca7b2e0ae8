import type { Locator, Page } from "@playwright/test";

export class UsersPage {
  readonly heading: Locator;
  readonly inviteButton: Locator;
  readonly invitationLink: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole("heading", { name: "Users", level: 2 });
    this.inviteButton = page.getByTestId("invite-open");
    this.invitationLink = page.getByTestId("invitation-link");
  }

  async open(): Promise<void> {
    await this.page.getByTestId("nav-users").click();
  }

  /** Invites `email` with `roleLabel` and returns the link the dialog shows. */
  async invite(email: string, roleLabel: string): Promise<string> {
    await this.inviteButton.click();
    await this.page.getByTestId("invite-email").fill(email);
    await this.page.getByTestId("invite-role").click();
    await this.page.getByRole("option", { name: new RegExp(`^${roleLabel}`) }).click();
    await this.page.getByTestId("invite-submit").click();
    const link = (await this.invitationLink.textContent())?.trim() ?? "";
    await this.page.getByTestId("invitation-done").click();
    return link;
  }

  /** Makes a reset link for the member `email` (asked, then confirmed) and returns it. */
  async makeResetLink(email: string): Promise<string> {
    await this.memberRow(email).getByTestId("reset-member-password").click();
    await this.page.getByTestId("reset-password-submit").click();
    const link = (await this.page.getByTestId("reset-password-link").textContent())?.trim() ?? "";
    await this.page.getByTestId("reset-password-done").click();
    return link;
  }

  invitationRow(email: string): Locator {
    return this.page.locator(`[data-testid="invitation-row"][data-email="${email}"]`);
  }

  memberRow(email: string): Locator {
    return this.page.locator(`[data-testid="member-row"][data-email="${email}"]`);
  }
}
