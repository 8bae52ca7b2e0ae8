import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addTestApiKey,
  addTestUser,
  createTestWorld,
  sessionCookie,
} from "../../src/testing/accounts-factory.ts";
import { startTestBackend, type TestBackend } from "../../src/testing/start-test-backend.ts";
import { call, errorOf } from "./http.ts";

let backend: TestBackend;
beforeAll(async () => {
  backend = await startTestBackend();
});
afterAll(async () => {
  await backend?.stop();
});

const api = (method: string, path: string, o?: Parameters<typeof call>[3]) =>
  call(backend.url, method, path, o);

describe("members and roles", () => {
  it("applies a role change to the member's next request", async () => {
    const world = await createTestWorld(backend.db);
    const viewer = world.users.viewer;
    expect((await api("GET", "/api/v1/members", { cookie: viewer.cookie })).status).toBe(403);
    const changed = await api("PATCH", `/api/v1/members/${viewer.id}`, {
      cookie: world.users.admin.cookie,
      body: { role: "admin" },
    });
    expect(changed.body).toMatchObject({ userId: viewer.id, role: "admin" });
    const members = await api("GET", "/api/v1/members", { cookie: viewer.cookie });
    expect(members.status).toBe(200);
    expect((members.body as { members: unknown[] }).members).toHaveLength(4);
  });

  it("keeps exactly one Account Owner: no demotion, no removal, only transfer", async () => {
    const world = await createTestWorld(backend.db);
    const owner = world.users.owner;
    const demote = await api("PATCH", `/api/v1/members/${owner.id}`, {
      cookie: world.users.admin.cookie,
      body: { role: "viewer" },
    });
    expect(demote.status).toBe(409);
    expect(errorOf(demote)?.message).toMatch(/transferring ownership/);
    const remove = await api("DELETE", `/api/v1/members/${owner.id}`, {
      cookie: world.users.admin.cookie,
    });
    expect(remove.status).toBe(409);

    const transfer = await api("POST", "/api/v1/organization/transfer-ownership", {
      cookie: owner.cookie,
      body: { userId: world.users.member.id },
    });
    expect(transfer.status).toBe(200);
    const { rows } = await backend.db.query<{ user_id: string; role: string }>(
      "select user_id, role from memberships where org_id = $1 and role in ('owner', 'admin') order by role",
      [world.orgId],
    );
    expect(rows).toEqual(
      expect.arrayContaining([
        { user_id: world.users.member.id, role: "owner" },
        { user_id: owner.id, role: "admin" },
      ]),
    );
    expect(rows.filter((r) => r.role === "owner")).toHaveLength(1);
    // The former owner lost the audit log with the role.
    expect((await api("GET", "/api/v1/audit-log", { cookie: owner.cookie })).status).toBe(403);
    expect(
      (await api("GET", "/api/v1/audit-log", { cookie: world.users.member.cookie })).status,
    ).toBe(200);
  });

  it("removing a member ends their sessions and stops their API keys at once", async () => {
    const world = await createTestWorld(backend.db);
    const leaving = await addTestUser(backend.db, world.orgId, "member");
    const key = await addTestApiKey(backend.db, world.orgId, leaving.id, "read");
    expect((await api("GET", "/api/v1/assets", { bearer: key.secret })).status).toBe(200);
    const res = await api("DELETE", `/api/v1/members/${leaving.id}`, {
      cookie: world.users.admin.cookie,
    });
    expect(res.status).toBe(200);
    expect((await api("GET", "/api/v1/assets", { cookie: leaving.cookie })).status).toBe(401);
    const byKey = await api("GET", "/api/v1/assets", { bearer: key.secret });
    expect(byKey.status).toBe(401);
    expect(errorOf(byKey)?.message).toMatch(/revoked/);
  });

  it("renames the organization", async () => {
    const world = await createTestWorld(backend.db);
    const res = await api("PATCH", "/api/v1/organization", {
      cookie: world.users.admin.cookie,
      body: { name: "  Acme Databases " },
    });
    expect(res.body).toEqual({ id: world.orgId, name: "Acme Databases" });
    const me = await api("GET", "/api/v1/auth/me", { cookie: world.users.viewer.cookie });
    expect(me.body).toMatchObject({ organization: { name: "Acme Databases" } });
  });
});

describe("sessions", () => {
  it("signs out everywhere: every session of the person ends, in every organization", async () => {
    const world = await createTestWorld(backend.db);
    const other = await createTestWorld(backend.db);
    const person = world.users.member;
    await backend.db.query(
      "insert into memberships (org_id, user_id, role) values ($1, $2, 'viewer')",
      [other.orgId, person.id],
    );
    const second = await sessionCookie(backend.db, world.orgId, person.id);
    const elsewhere = await sessionCookie(backend.db, other.orgId, person.id);
    const key = await addTestApiKey(backend.db, world.orgId, person.id, "read");

    const res = await api("POST", "/api/v1/auth/sign-out-everywhere", { cookie: person.cookie });
    expect(res.status).toBe(200);
    expect(res.headers.get("set-cookie")).toMatch(/logstag_session=;/);
    for (const cookie of [person.cookie, second, elsewhere])
      expect((await api("GET", "/api/v1/auth/me", { cookie })).status).toBe(401);
    // Other people keep theirs; API keys are not sessions.
    expect(
      (await api("GET", "/api/v1/auth/me", { cookie: world.users.viewer.cookie })).status,
    ).toBe(200);
    expect((await api("GET", "/api/v1/auth/me", { bearer: key.secret })).status).toBe(200);
  });

  it("refuses an expired session with a clear message", async () => {
    const world = await createTestWorld(backend.db);
    await backend.db.query(
      "update sessions set expires_at = now() - interval '1 second' where org_id = $1 and user_id = $2",
      [world.orgId, world.users.viewer.id],
    );
    const res = await api("GET", "/api/v1/assets", { cookie: world.users.viewer.cookie });
    expect(res.status).toBe(401);
    expect(errorOf(res)).toEqual({
      code: "unauthenticated",
      message: "your session has ended; sign in again",
    });
  });

  it("logs out only the current session", async () => {
    const world = await createTestWorld(backend.db);
    const owner = world.users.owner;
    const second = await sessionCookie(backend.db, world.orgId, owner.id);
    expect((await api("POST", "/api/v1/auth/logout", { cookie: owner.cookie })).status).toBe(200);
    expect((await api("GET", "/api/v1/auth/me", { cookie: owner.cookie })).status).toBe(401);
    expect((await api("GET", "/api/v1/auth/me", { cookie: second })).status).toBe(200);
  });

  it("refuses to switch into an organization the person does not belong to", async () => {
    const world = await createTestWorld(backend.db);
    const other = await createTestWorld(backend.db);
    const res = await api("POST", "/api/v1/auth/switch-organization", {
      cookie: world.users.owner.cookie,
      body: { organizationId: other.orgId },
    });
    expect(res.status).toBe(404);
    expect(
      (await api("GET", "/api/v1/auth/me", { cookie: world.users.owner.cookie })).body,
    ).toMatchObject({
      organization: { id: world.orgId },
    });
  });
});
