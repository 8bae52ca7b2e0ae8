import { randomUUID } from "node:crypto";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { AcceptInvitationPage } from "./pages/accept-invitation-page.ts";
import { LoginPage } from "./pages/login-page.ts";
import { ChangePasswordPage, ResetPasswordPage } from "./pages/password-pages.ts";
import { UsersPage } from "./pages/users-page.ts";
import { OWNER_EMAIL, OWNER_PASSWORD } from "./test-env.ts";

async function signedIn(browser: Browser, email: string, password: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  const login = new LoginPage(page);
  await login.open();
  await login.signIn(email, password);
  await expect(page).toHaveURL(/\/assets$/);
  return page;
}

test("a member changes their password (other sessions end), then the owner's reset link sets a new one and the old one stops working", async ({
  browser,
}) => {
  const memberEmail = `reset-${randomUUID().slice(0, 8)}@example.test`;
  const firstPassword = "Member-first-passphrase-1357";
  const changedPassword = "Member-changed-passphrase-8642";
  const resetPassword = "Member-reset-passphrase-9753";

  // The owner invites a member, who joins.
  const owner = await signedIn(browser, OWNER_EMAIL, OWNER_PASSWORD);
  const ownerUsers = new UsersPage(owner);
  await ownerUsers.open();
  const invitation = await ownerUsers.invite(memberEmail, "Member");
  const member = await (await browser.newContext()).newPage();
  await new AcceptInvitationPage(member).open(invitation);
  await new AcceptInvitationPage(member).acceptAsNewAccount("Rae Reset", firstPassword);
  await expect(member).toHaveURL(/\/assets$/);

  // The member changes their own password; their session elsewhere ends, this one stays.
  const elsewhere = await signedIn(browser, memberEmail, firstPassword);
  const change = new ChangePasswordPage(member);
  await change.open();
  await expect(change.form).toBeVisible();
  await change.change(firstPassword, changedPassword);
  await expect(
    member.getByText("Password changed. Your other sessions were signed out."),
  ).toBeVisible();
  await elsewhere.goto("/assets");
  await expect(elsewhere).toHaveURL(/\/login/);
  await member.getByTestId("nav-assets").click();
  await expect(member).toHaveURL(/\/assets$/);

  // The owner makes a reset link (no SMTP here: it is shown once).
  await owner.reload();
  await expect(ownerUsers.memberRow(memberEmail)).toBeVisible();
  const link = await ownerUsers.makeResetLink(memberEmail);
  expect(link).toMatch(/\/reset-password#token=lsr_/);
  // No reset link is offered for oneself.
  await expect(ownerUsers.memberRow(OWNER_EMAIL).getByTestId("reset-member-password")).toHaveCount(
    0,
  );

  // The member sets a new password with it; every session of theirs ends.
  const visitor = await (await browser.newContext()).newPage();
  const reset = new ResetPasswordPage(visitor);
  await reset.open(link);
  await reset.setPassword(resetPassword);
  await expect(reset.panel.getByText("Sign in with your new password.")).toBeVisible();
  await member.goto("/assets");
  await expect(member).toHaveURL(/\/login/);

  // The link works once.
  const again = await (await browser.newContext()).newPage();
  await new ResetPasswordPage(again).open(link);
  await new ResetPasswordPage(again).setPassword("Another-passphrase-2222");
  await expect(again.getByRole("alert")).toContainText("not valid");

  // The previous password is refused; the new one signs in.
  const login = new LoginPage(visitor);
  await login.open();
  await login.signIn(memberEmail, changedPassword);
  await expect(login.error).toBeVisible();
  await expect(visitor).toHaveURL(/\/login$/);
  await login.signIn(memberEmail, resetPassword);
  await expect(visitor).toHaveURL(/\/assets$/);
  await expect(visitor.getByTestId("user-email")).toHaveText(memberEmail);
});
