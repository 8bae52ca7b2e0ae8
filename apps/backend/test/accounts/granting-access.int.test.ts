import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestWorld } from "../../src/testing/accounts-factory.ts";
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
const tokenOf = (link: string) => link.split("#token=")[1] as string;

async function invite(cookie: string) {
  const email = `invitee-${randomUUID()}@example.test`;
  const res = await api("POST", "/api/v1/invitations", { cookie, body: { email, role: "admin" } });
  expect(res.status, res.text).toBe(200);
  return { email, token: tokenOf((res.body as { link: string }).link) };
}

const preview = (token: string) => api("POST", "/api/v1/invitations/preview", { body: { token } });

describe("what grants access needs a signed-in person", () => {
  it("a read-write API key can neither invite nor change roles, so it cannot mint a session", async () => {
    const world = await createTestWorld(backend.db);
    const body = { email: `x-${randomUUID()}@example.test`, role: "admin" };
    const invited = await api("POST", "/api/v1/invitations", { bearer: world.writeKey, body });
    expect(invited.status).toBe(403);
    expect(errorOf(invited)?.message).toMatch(/API keys cannot/);
    expect(invited.text).not.toContain("lsi_");
    const promoted = await api("PATCH", `/api/v1/members/${world.users.viewer.id}`, {
      bearer: world.writeKey,
      body: { role: "admin" },
    });
    expect(promoted.status).toBe(403);
    const { rows } = await backend.db.query(
      "select count(*)::int as n from invitations where org_id = $1",
      [world.orgId],
    );
    expect(rows[0].n).toBe(0);
  });
});

describe("pending invitations follow the right of whoever sent them", () => {
  it("revokes a removed member's open invitations", async () => {
    const world = await createTestWorld(backend.db);
    const sent = await invite(world.users.admin.cookie);
    const kept = await invite(world.users.owner.cookie);
    const removed = await api("DELETE", `/api/v1/members/${world.users.admin.id}`, {
      cookie: world.users.owner.cookie,
    });
    expect(removed.status).toBe(200);
    expect((await preview(sent.token)).status).toBe(404);
    expect((await preview(kept.token)).status).toBe(200);
    const { rows } = await backend.db.query(
      "select after from audit_log where org_id = $1 and action = 'invitation.revoked'",
      [world.orgId],
    );
    expect(rows).toEqual([{ after: { reason: "the member who sent it was removed" } }]);
  });

  it("revokes the open invitations of a member demoted below the right to invite", async () => {
    const world = await createTestWorld(backend.db);
    const sent = await invite(world.users.admin.cookie);
    const demoted = await api("PATCH", `/api/v1/members/${world.users.admin.id}`, {
      cookie: world.users.owner.cookie,
      body: { role: "member" },
    });
    expect(demoted.status).toBe(200);
    expect((await preview(sent.token)).status).toBe(404);
  });

  it("leaves them alone when the new role may still invite", async () => {
    const world = await createTestWorld(backend.db);
    const sent = await invite(world.users.admin.cookie);
    const transfer = await api("POST", "/api/v1/organization/transfer-ownership", {
      cookie: world.users.owner.cookie,
      body: { userId: world.users.admin.id },
    });
    expect(transfer.status).toBe(200);
    expect((await preview(sent.token)).status).toBe(200);
  });
});
