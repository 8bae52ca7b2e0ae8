import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addTestUser, createTestWorld, TEST_PASSWORD } from "../../src/testing/accounts-factory.ts";
import { startTestBackend, type TestBackend } from "../../src/testing/start-test-backend.ts";
import { type FakeSmtp, startFakeSmtp } from "./fake-smtp.ts";
import { call, cookieOf, errorOf } from "./http.ts";

let backend: TestBackend;
let smtp: FakeSmtp;
beforeAll(async () => {
  smtp = await startFakeSmtp();
  backend = await startTestBackend({
    LOGSTAG_SMTP_URL: smtp.url,
    LOGSTAG_PUBLIC_URL: "https://logstag.example.test/",
  });
});
afterAll(async () => {
  await backend?.stop();
  await smtp?.close();
});

// The public URL is https, so the session cookie carries the __Host- prefix.
const secure = (cookie: string | undefined) =>
  cookie?.replace(/^logstag_session=/, "__Host-logstag_session=");
const api = (method: string, path: string, o?: Parameters<typeof call>[3]) =>
  call(backend.url, method, path, o && { ...o, cookie: secure(o.cookie) });
const tokenOf = (link: string) => link.split("#token=")[1] as string;
const STRONG = "Correct-horse-battery-9";

async function invite(cookie: string, email: string, role = "member") {
  const res = await api("POST", "/api/v1/invitations", { cookie, body: { email, role } });
  expect(res.status, res.text).toBe(200);
  return res.body as { invitation: { id: string }; link: string; emailed: boolean };
}

async function rows(sql: string, params: unknown[]) {
  return (await backend.db.query(sql, params)).rows;
}

describe("invitations", () => {
  it("invites by link, e-mails it, and the new member sets a password and is signed in", async () => {
    const world = await createTestWorld(backend.db);
    const email = `new-${randomUUID()}@example.test`;
    const created = await invite(world.users.admin.cookie, email);
    expect(created.link).toMatch(/^https:\/\/logstag\.example\.test\/accept-invitation#token=lsi_/);
    expect(created.emailed).toBe(true);
    const mail = smtp.messages.find((m) => m.to.some((t) => t.includes(email)));
    const decoded = mail?.data.replaceAll("=\r\n", "").replaceAll("=3D", "=");
    expect(decoded).toContain(created.link);

    const listed = await api("GET", "/api/v1/invitations", { cookie: world.users.owner.cookie });
    expect(listed.body).toMatchObject({
      invitations: [{ email, role: "member", status: "pending" }],
    });

    const token = tokenOf(created.link);
    const preview = await api("POST", "/api/v1/invitations/preview", { body: { token } });
    expect(preview.body).toMatchObject({
      organizationName: world.orgName,
      email,
      accountExists: false,
    });

    const accepted = await api("POST", "/api/v1/invitations/accept", {
      body: { token, password: STRONG, name: "New Person" },
    });
    expect(accepted.status, accepted.text).toBe(200);
    expect(accepted.body).toMatchObject({
      user: { email, name: "New Person" },
      organization: { id: world.orgId },
      role: "member",
    });
    const me = await api("GET", "/api/v1/auth/me", { cookie: cookieOf(accepted) });
    expect(me.body).toMatchObject({
      role: "member",
      capabilities: expect.not.arrayContaining(["audit.read"]),
    });

    const login = await api("POST", "/api/v1/auth/login", { body: { email, password: STRONG } });
    expect(login.status).toBe(200);
    const after = await api("GET", "/api/v1/invitations", { cookie: world.users.owner.cookie });
    expect(after.body).toEqual({ invitations: [] });
  });

  it("lets an existing account join with its own password, then switch organizations", async () => {
    const home = await createTestWorld(backend.db);
    const other = await createTestWorld(backend.db);
    const person = home.users.viewer;
    const { link } = await invite(other.users.owner.cookie, person.email, "admin");
    const token = tokenOf(link);
    const preview = await api("POST", "/api/v1/invitations/preview", { body: { token } });
    expect(preview.body).toMatchObject({ accountExists: true, role: "admin" });

    const wrong = await api("POST", "/api/v1/invitations/accept", {
      body: { token, password: "not-my-password-at-all" },
    });
    expect(wrong.status).toBe(401);
    expect(errorOf(wrong)?.message).toMatch(/already has a Logstag account/);

    const joined = await api("POST", "/api/v1/invitations/accept", {
      body: { token, password: TEST_PASSWORD },
    });
    expect(joined.status, joined.text).toBe(200);
    expect(joined.body).toMatchObject({ organization: { id: other.orgId }, role: "admin" });
    const orgs = (joined.body as { organizations: { id: string; role: string }[] }).organizations;
    expect(orgs.map((o) => [o.id, o.role]).sort()).toEqual(
      [
        [home.orgId, "viewer"],
        [other.orgId, "admin"],
      ].sort(),
    );

    const back = await api("POST", "/api/v1/auth/switch-organization", {
      cookie: cookieOf(joined),
      body: { organizationId: home.orgId },
    });
    expect(back.status).toBe(200);
    expect(back.body).toMatchObject({ organization: { id: home.orgId }, role: "viewer" });
    // The token changed with the organization: the old cookie is gone.
    expect((await api("GET", "/api/v1/auth/me", { cookie: cookieOf(joined) })).status).toBe(401);
    const me = await api("GET", "/api/v1/auth/me", { cookie: cookieOf(back) });
    expect(me.body).toMatchObject({ organization: { id: home.orgId } });
  });

  it.each([
    ["reused", 409, /already used/],
    ["revoked", 404, /not valid/],
    ["replaced", 404, /not valid/],
    ["expired", 409, /expired/],
  ])("refuses a %s link and changes nothing", async (kind, status, message) => {
    const world = await createTestWorld(backend.db);
    const email = `x-${randomUUID()}@example.test`;
    const first = await invite(world.users.owner.cookie, email);
    const token = tokenOf(first.link);
    if (kind === "reused") {
      const ok = await api("POST", "/api/v1/invitations/accept", {
        body: { token, password: STRONG },
      });
      expect(ok.status).toBe(200);
    }
    if (kind === "revoked") {
      const res = await api("DELETE", `/api/v1/invitations/${first.invitation.id}`, {
        cookie: world.users.owner.cookie,
      });
      expect(res.status).toBe(200);
    }
    if (kind === "replaced") await invite(world.users.owner.cookie, email, "viewer");
    if (kind === "expired")
      await backend.db.query(
        "update invitations set expires_at = now() - interval '1 minute' where org_id = $1",
        [world.orgId],
      );
    const snapshot = () =>
      rows(
        "select (select count(*)::int from memberships where org_id = $1) as members, (select count(*)::int from users where lower(email) = lower($2)) as users",
        [world.orgId, email],
      );
    const before = await snapshot();
    for (const [path, body] of [
      ["/api/v1/invitations/accept", { token, password: "Another-strong-pw-77" }],
      ["/api/v1/invitations/preview", { token }],
    ] as const) {
      const res = await api("POST", path, { body });
      expect(res.status).toBe(status);
      expect(errorOf(res)?.message).toMatch(message);
    }
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    ["too short", "Sh0rt!", /at least 12 characters/],
    ["too common", "password1234", /too common/],
    ["too repetitive", "aaaaaaaaaaaaaaaa", /more different characters/],
    ["the e-mail's name", "{local}-is-my-password", /e-mail address/],
  ])("refuses a weak password (%s) and keeps the link usable", async (_, password, message) => {
    const world = await createTestWorld(backend.db);
    const local = `weak${randomUUID().slice(0, 8)}`;
    const { link } = await invite(world.users.owner.cookie, `${local}@example.test`);
    const res = await api("POST", "/api/v1/invitations/accept", {
      body: { token: tokenOf(link), password: password.replace("{local}", local) },
    });
    expect(res.status).toBe(400);
    expect(errorOf(res)?.message).toMatch(message);
    expect(await rows("select 1 from users where email = $1", [`${local}@example.test`])).toEqual(
      [],
    );
    const preview = await api("POST", "/api/v1/invitations/preview", {
      body: { token: tokenOf(link) },
    });
    expect(preview.status).toBe(200);
  });

  it("refuses to invite a current member, and an unknown token", async () => {
    const world = await createTestWorld(backend.db);
    const res = await api("POST", "/api/v1/invitations", {
      cookie: world.users.owner.cookie,
      body: { email: world.users.member.email.toUpperCase(), role: "viewer" },
    });
    expect(res.status).toBe(409);
    expect(errorOf(res)?.message).toMatch(/already a member/);
    const unknown = await api("POST", "/api/v1/invitations/preview", {
      body: { token: `lsi_${randomUUID()}` },
    });
    expect(unknown.status).toBe(404);
  });

  it("never makes an owner by invitation", async () => {
    const world = await createTestWorld(backend.db);
    const extra = await addTestUser(backend.db, world.orgId, "admin");
    const res = await api("POST", "/api/v1/invitations", {
      cookie: extra.cookie,
      body: { email: `o-${randomUUID()}@example.test`, role: "owner" },
    });
    expect(res.status).toBe(400);
  });
});
