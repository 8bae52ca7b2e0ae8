import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addTestUser, createTestWorld, TEST_PASSWORD } from "../../src/testing/accounts-factory.ts";
import { startTestBackend, type TestBackend } from "../../src/testing/start-test-backend.ts";
import { type FakeSmtp, startFakeSmtp } from "./fake-smtp.ts";
import { call, cookieOf, errorOf } from "./http.ts";

let backend: TestBackend;
let mailing: TestBackend;
let smtp: FakeSmtp;
beforeAll(async () => {
  smtp = await startFakeSmtp();
  backend = await startTestBackend();
  mailing = await startTestBackend({
    LOGSTAG_SMTP_URL: smtp.url,
    LOGSTAG_PUBLIC_URL: "http://logstag.example.test",
  });
});
afterAll(async () => {
  await backend?.stop();
  await mailing?.stop();
  await smtp?.close();
});

const api = (method: string, path: string, o?: Parameters<typeof call>[3]) =>
  call(backend.url, method, path, o);
const NEW = "Brand-new-passw0rd-42";
const signIn = async (email: string, password: string) =>
  api("POST", "/api/v1/auth/login", { body: { email, password } });
const count = async (orgId: string, action: string) =>
  (
    await backend.db.query(
      "select count(*)::int as n from audit_log where org_id = $1 and action = $2",
      [orgId, action],
    )
  ).rows[0].n;

describe("changing one's password", () => {
  it("checks the current password, ends the other sessions, keeps this one, and is audited", async () => {
    const world = await createTestWorld(backend.db);
    const { email } = world.users.member;
    const here = cookieOf(await signIn(email, TEST_PASSWORD));
    const elsewhere = cookieOf(await signIn(email, TEST_PASSWORD));
    const change = (currentPassword: string, newPassword: string) =>
      api("POST", "/api/v1/auth/change-password", {
        cookie: here,
        body: { currentPassword, newPassword },
      });
    const wrong = await change("not-the-password", NEW);
    expect(wrong.status).toBe(400);
    expect(errorOf(wrong)?.message).toBe("the current password is wrong");
    expect((await change(TEST_PASSWORD, "short")).status).toBe(400);
    expect((await change(TEST_PASSWORD, NEW)).status).toBe(200);

    expect((await api("GET", "/api/v1/auth/me", { cookie: here })).status).toBe(200);
    expect((await api("GET", "/api/v1/auth/me", { cookie: elsewhere })).status).toBe(401);
    expect(
      (await api("GET", "/api/v1/auth/me", { cookie: world.users.member.cookie })).status,
    ).toBe(401);
    expect((await signIn(email, TEST_PASSWORD)).status).toBe(401);
    expect((await signIn(email, NEW)).status).toBe(200);
    expect(await count(world.orgId, "user.password_changed")).toBe(1);
  });

  it("is not something an API key can do", async () => {
    const world = await createTestWorld(backend.db);
    const res = await api("POST", "/api/v1/auth/change-password", {
      bearer: world.writeKey,
      body: { currentPassword: TEST_PASSWORD, newPassword: NEW },
    });
    expect(res.status).toBe(403);
  });
});

describe("password reset links", () => {
  const createReset = (cookie: string, userId: string, url = backend.url) =>
    call(url, "POST", `/api/v1/members/${userId}/password-reset`, { cookie });
  const reset = (token: string, newPassword = NEW, url = backend.url) =>
    call(url, "POST", "/api/v1/auth/reset-password", { body: { token, newPassword } });
  const tokenOf = (link: string) => link.split("#token=")[1] as string;

  it("an Admin makes a link (shown once without e-mail) that sets a new password once and ends every session", async () => {
    const world = await createTestWorld(backend.db);
    const made = await createReset(world.users.admin.cookie, world.users.viewer.id);
    expect(made.status, made.text).toBe(200);
    const body = made.body as { link: string; emailed: boolean };
    expect(body.emailed).toBe(false);
    expect(body.link).toMatch(/\/reset-password#token=lsr_/);
    expect((await reset(tokenOf(body.link), "weak")).status).toBe(400);
    expect((await reset(tokenOf(body.link))).status).toBe(200);
    expect(
      (await api("GET", "/api/v1/auth/me", { cookie: world.users.viewer.cookie })).status,
    ).toBe(401);
    expect((await signIn(world.users.viewer.email, NEW)).status).toBe(200);
    expect((await reset(tokenOf(body.link), "Another-passw0rd-77")).status).toBe(404);
    expect(await count(world.orgId, "user.password_reset_link_created")).toBe(1);
    expect(await count(world.orgId, "user.password_reset")).toBe(1);
  });

  it("never lets an Admin reset an Owner's or Admin's password, nor anyone an account of another organization", async () => {
    const world = await createTestWorld(backend.db);
    const admin = world.users.admin.cookie;
    expect((await createReset(admin, world.users.owner.id)).status).toBe(403);
    const otherAdmin = await addTestUser(backend.db, world.orgId, "admin");
    expect((await createReset(admin, otherAdmin.id)).status).toBe(403);
    expect((await createReset(world.users.owner.cookie, otherAdmin.id)).status).toBe(200);

    const elsewhere = await createTestWorld(backend.db);
    const shared = world.users.member;
    await backend.db.query(
      "insert into memberships (org_id, user_id, role) values ($1, $2, 'viewer')",
      [elsewhere.orgId, shared.id],
    );
    const refused = await createReset(world.users.owner.cookie, shared.id);
    expect(refused.status).toBe(409);
    expect(errorOf(refused)?.message).toMatch(/other organizations/);
    expect((await createReset(admin, world.users.admin.id)).status).toBe(409);
    // Someone of another organization is simply not found.
    expect((await createReset(admin, elsewhere.users.viewer.id)).status).toBe(404);
    const byKey = await call(
      backend.url,
      "POST",
      `/api/v1/members/${world.users.viewer.id}/password-reset`,
      { bearer: world.writeKey },
    );
    expect(byKey.status).toBe(403);
  });

  it("a removed member's link stops working", async () => {
    const world = await createTestWorld(backend.db);
    const made = await createReset(world.users.owner.cookie, world.users.member.id);
    const link = (made.body as { link: string }).link;
    await api("DELETE", `/api/v1/members/${world.users.member.id}`, {
      cookie: world.users.owner.cookie,
    });
    expect((await reset(tokenOf(link))).status).toBe(404);
  });

  it("with SMTP set up, e-mails the link from the public URL and does not show it", async () => {
    const world = await createTestWorld(mailing.db);
    const made = await createReset(world.users.owner.cookie, world.users.viewer.id, mailing.url);
    expect(made.status, made.text).toBe(200);
    expect(made.body).toMatchObject({ link: null, emailed: true, emailError: null });
    const mail = smtp.messages.find((m) => m.to.some((t) => t.includes(world.users.viewer.email)));
    const text = mail?.data.replaceAll("=\r\n", "").replaceAll("=3D", "=") ?? "";
    const link = /http:\/\/logstag\.example\.test\/reset-password#token=(lsr_[\w-]+)/.exec(text);
    expect(link?.[1]).toBeDefined();
    expect((await reset(link?.[1] as string, NEW, mailing.url)).status).toBe(200);
  });
});
