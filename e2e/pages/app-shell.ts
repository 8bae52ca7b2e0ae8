import type { Locator, Page } from "@playwright/test";

/** What every signed-in page shares: the sidebar, the page heading and the page states. */
export class AppShell {
  readonly navLinks: Locator;
  readonly loading: Locator;
  readonly error: Locator;
  readonly noPermission: Locator;
  readonly signOutButton: Locator;

  constructor(private readonly page: Page) {
    this.navLinks = page
      .getByRole("navigation", { name: "Main" })
      .locator('a[data-testid^="nav-"]');
    this.loading = page.getByTestId("state-loading");
    this.error = page.getByTestId("state-error");
    this.noPermission = page.getByTestId("state-no-permission");
    this.signOutButton = page.getByTestId("sign-out");
  }

  heading(name: string): Locator {
    return this.page.getByRole("heading", { name, level: 2, exact: true });
  }

  navEntry(testId: string): Locator {
    return this.page.getByTestId(testId);
  }

  /** The test ids of the sidebar's links, in display order. */
  async navTestIds(): Promise<string[]> {
    return this.navLinks.evaluateAll((links) =>
      links.map((link) => link.getAttribute("data-testid") ?? ""),
    );
  }

  async signOut(): Promise<void> {
    await this.signOutButton.click();
  }
}
