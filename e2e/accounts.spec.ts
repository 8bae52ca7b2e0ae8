import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { AcceptInvitationPage } from "./pages/accept-invitation-page.ts";
import { AuditLogsPage } from "./pages/audit-logs-page.ts";
import { LoginPage } from "./pages/login-page.ts";
import { UsersPage } from "./pages/users-page.ts";
import { OWNER_EMAIL, OWNER_PASSWORD } from "./test-env.ts";

test("the owner invites a member, who joins, cannot see the audit log, and the owner sees the invitation there", async ({
  page,
}) => {
  const memberEmail = `member-${randomUUID().slice(0, 8)}@example.test`;
  const memberPassword = "Member-passphrase-2468";

  const login = new LoginPage(page);
  await login.open();
  await login.signIn(OWNER_EMAIL, OWNER_PASSWORD);
  await expect(page).toHaveURL(/\/assets$/);

  const users = new UsersPage(page);
  await users.open();
  await expect(users.heading).toBeVisible();
  const link = await users.invite(memberEmail, "Member");
  expect(link).toMatch(/\/accept-invitation#token=lsi_/);
  await expect(users.invitationRow(memberEmail)).toBeVisible();
  await page.getByTestId("sign-out").click();
  await expect(page).toHaveURL(/\/login$/);

  const accept = new AcceptInvitationPage(page);
  await accept.open(link);
  await expect(accept.email).toHaveValue(memberEmail);
  await accept.acceptAsNewAccount("Mia Member", memberPassword);
  await expect(page).toHaveURL(/\/assets$/);
  await expect(page.getByTestId("user-role")).toHaveText("Member");

  // A fresh sign-in works with the password just chosen.
  await page.getByTestId("sign-out").click();
  await login.signIn(memberEmail, memberPassword);
  await expect(page).toHaveURL(/\/assets$/);
  const audit = new AuditLogsPage(page);
  await expect(page.getByTestId("nav-assets")).toBeVisible();
  await expect(audit.navEntry).toHaveCount(0);
  await expect(page.getByTestId("nav-users")).toHaveCount(0);
  const forbidden = await page.request.get("/api/v1/audit-log");
  expect(forbidden.status()).toBe(403);
  await page.goto("/audit-logs");
  await expect(page.getByTestId("state-no-permission")).toBeVisible();

  await page.getByTestId("sign-out").click();
  await login.signIn(OWNER_EMAIL, OWNER_PASSWORD);
  await audit.open();
  await expect(audit.heading).toBeVisible();
  await expect(audit.rows("invitation.created").filter({ hasText: memberEmail })).toBeVisible();
  await expect(audit.rows("invitation.accepted").filter({ hasText: memberEmail })).toBeVisible();
  await users.open();
  await expect(users.memberRow(memberEmail)).toBeVisible();
  await expect(users.invitationRow(memberEmail)).toHaveCount(0);
});
