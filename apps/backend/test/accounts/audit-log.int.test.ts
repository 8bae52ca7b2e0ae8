import { AGENT_API } from "@logstag/protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestWorld, TEST_PASSWORD } from "../../src/testing/accounts-factory.ts";
import { startTestBackend, type TestBackend } from "../../src/testing/start-test-backend.ts";
import { call } from "./http.ts";

let backend: TestBackend;
beforeAll(async () => {
  backend = await startTestBackend({ LOGSTAG_TRUST_PROXY: "127.0.0.1" });
});
afterAll(async () => {
  await backend?.stop();
});

const api = (method: string, path: string, o?: Parameters<typeof call>[3]) =>
  call(backend.url, method, path, o);

interface Entry {
  id: string;
  action: string;
  actor: { kind: string; id: string | null; label: string };
  resourceType: string;
  resourceId: string | null;
  before: unknown;
  after: unknown;
  sourceAddress: string | null;
  userAgent: string | null;
}

async function auditLog(cookie: string, query = "") {
  const res = await api("GET", `/api/v1/audit-log${query}`, { cookie });
  expect(res.status, res.text).toBe(200);
  return res.body as { entries: Entry[]; nextCursor: string | null };
}

describe("audit log", () => {
  it("records a change with actor, before and after, address and user agent", async () => {
    const world = await createTestWorld(backend.db);
    await api("PATCH", `/api/v1/members/${world.users.member.id}`, {
      cookie: world.users.admin.cookie,
      body: { role: "viewer" },
      headers: { "user-agent": "=cmd|' /C calc'!A0", "x-forwarded-for": "192.0.2.7" },
    });
    const { entries } = await auditLog(world.users.owner.cookie, "?action=member.role_changed");
    expect(entries).toEqual([
      expect.objectContaining({
        action: "member.role_changed",
        actor: expect.objectContaining({
          kind: "user",
          id: world.users.admin.id,
          label: world.users.admin.email,
        }),
        resourceType: "member",
        resourceId: world.users.member.id,
        before: { email: world.users.member.email, role: "member" },
        after: { email: world.users.member.email, role: "viewer" },
        sourceAddress: "192.0.2.7",
        userAgent: "=cmd|' /C calc'!A0",
      }),
    ]);

    const csv = await api("GET", "/api/v1/audit-log/export?action=member.role_changed", {
      cookie: world.users.owner.cookie,
    });
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(csv.headers.get("content-disposition")).toMatch(
      /attachment; filename="logstag-audit-log-/,
    );
    const lines = csv.text.trim().split("\r\n");
    expect(lines[0]).toMatch(/^time,actor_kind,/);
    expect(lines).toHaveLength(2);
    // A formula in attacker-controlled text is neutralised for spreadsheets.
    expect(lines[1]).toContain("'=cmd|' /C calc'!A0");
    const exported = await auditLog(world.users.owner.cookie, "?action=audit_log.exported");
    expect(exported.entries).toHaveLength(1);
  });

  it("records security events: sign-in, keys, agent registration and target changes", async () => {
    const world = await createTestWorld(backend.db);
    await api("POST", "/api/v1/auth/login", {
      body: { email: world.users.viewer.email, password: TEST_PASSWORD },
    });
    const key = await api("POST", "/api/v1/api-keys", {
      cookie: world.users.viewer.cookie,
      body: { name: "laptop", scope: "read" },
    });
    const keyId = (key.body as { apiKey: { id: string } }).apiKey.id;
    await api("DELETE", `/api/v1/api-keys/${keyId}`, { cookie: world.users.viewer.cookie });
    const register = (endpoint: string) =>
      api("POST", AGENT_API.register, {
        bearer: world.agentKey,
        body: {
          agentName: "world-agent",
          hostname: "host-1",
          agentVersion: "0.1.1",
          targets: [{ name: "db-1", engine: "postgres", endpoint }],
        },
      });
    await register("127.0.0.1:5432/postgres");
    await register("10.0.0.9:5432/postgres");

    const { entries } = await auditLog(world.users.owner.cookie);
    const actions = entries.map((e) => e.action);
    expect(actions.filter((a) => a === "agent.registered")).toHaveLength(1);
    // The world's own targets (one per engine); re-registering db-1 creates none.
    expect(actions.filter((a) => a === "target.created")).toHaveLength(
      Object.keys(world.targetIds).length,
    );
    expect(actions).toEqual(
      expect.arrayContaining([
        "user.signed_in",
        "api_key.created",
        "api_key.revoked",
        "agent_key.created",
      ]),
    );
    const changed = entries.filter((e) => e.action === "target.changed");
    expect(changed).toEqual([
      expect.objectContaining({
        actor: expect.objectContaining({ kind: "agent_key", id: world.agentKeyId }),
        resourceId: world.targetId,
        before: expect.objectContaining({ endpoint: "127.0.0.1:5432/postgres" }),
        after: expect.objectContaining({ endpoint: "10.0.0.9:5432/postgres" }),
      }),
    ]);
    const keyEvents = await auditLog(
      world.users.owner.cookie,
      `?resourceType=api_key&resourceId=${keyId}`,
    );
    expect(keyEvents.entries.map((e) => e.action)).toEqual(["api_key.revoked", "api_key.created"]);
    const byViewer = await auditLog(world.users.owner.cookie, `?actor=${world.users.viewer.id}`);
    expect(byViewer.entries.every((e) => e.actor.id === world.users.viewer.id)).toBe(true);
    expect(byViewer.entries.map((e) => e.action)).toContain("user.signed_in");
  });

  it("pages newest first and filters by time", async () => {
    const world = await createTestWorld(backend.db);
    for (let i = 0; i < 5; i++)
      await api("PATCH", "/api/v1/organization", {
        cookie: world.users.owner.cookie,
        body: { name: `n${i}` },
      });
    const first = await auditLog(
      world.users.owner.cookie,
      "?action=organization.settings_changed&limit=2",
    );
    expect(first.entries.map((e) => e.after)).toEqual([{ name: "n4" }, { name: "n3" }]);
    const second = await auditLog(
      world.users.owner.cookie,
      `?action=organization.settings_changed&limit=2&cursor=${first.nextCursor}`,
    );
    expect(second.entries.map((e) => e.after)).toEqual([{ name: "n2" }, { name: "n1" }]);
    const future = await auditLog(
      world.users.owner.cookie,
      `?from=${new Date(Date.now() + 60_000).toISOString()}`,
    );
    expect(future).toEqual({ entries: [], nextCursor: null });
    const inverted = await api(
      "GET",
      "/api/v1/audit-log?from=2030-01-01T00:00:00Z&to=2020-01-01T00:00:00Z",
      {
        cookie: world.users.owner.cookie,
      },
    );
    expect(inverted.status).toBe(400);
  });

  it("is for the Account Owner only, and shows nothing of another organization", async () => {
    const world = await createTestWorld(backend.db);
    const other = await createTestWorld(backend.db);
    for (const role of ["admin", "member", "viewer"] as const)
      expect(
        (await api("GET", "/api/v1/audit-log", { cookie: world.users[role].cookie })).status,
      ).toBe(403);
    const { entries } = await auditLog(world.users.owner.cookie, `?actor=${other.users.owner.id}`);
    expect(entries).toEqual([]);
    const all = await api("GET", "/api/v1/audit-log/export", { cookie: world.users.owner.cookie });
    expect(all.text).not.toContain(other.orgId);
    expect(all.text).not.toContain(other.agentKeyId);
  });
});
