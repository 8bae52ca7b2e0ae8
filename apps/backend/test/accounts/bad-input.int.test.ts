import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestWorld, type TestWorld } from "../../src/testing/accounts-factory.ts";
import { startTestBackend, type TestBackend } from "../../src/testing/start-test-backend.ts";
import { type CallOptions, call, errorOf } from "./http.ts";

let backend: TestBackend;
let world: TestWorld;
beforeAll(async () => {
  backend = await startTestBackend();
  world = await createTestWorld(backend.db);
});
afterAll(async () => {
  await backend?.stop();
});

/** Everything a bad request could have changed in the organization. */
async function snapshot(orgId: string) {
  const { rows } = await backend.db.query(
    `select (select name from organizations where id = $1) as name,
            (select json_agg(json_build_object('u', user_id, 'r', role) order by user_id) from memberships where org_id = $1) as members,
            (select count(*)::int from invitations where org_id = $1) as invitations,
            (select count(*)::int from api_keys where org_id = $1) as api_keys,
            (select count(*)::int from agent_keys where org_id = $1) as agent_keys,
            (select count(*)::int from audit_log where org_id = $1) as audit`,
    [orgId],
  );
  return rows[0];
}

const long = (n: number) => "x".repeat(n);
type Case = [string, string, string | (() => string), CallOptions, RegExp];

const cases: Case[] = [
  ["invalid JSON", "POST", "/api/v1/invitations", { rawBody: '{"email": ' }, /JSON/i],
  ["a body that is not an object", "POST", "/api/v1/invitations", { body: ["a"] }, /body/],
  [
    "an unknown field",
    "POST",
    "/api/v1/invitations",
    { body: { email: "a@example.test", role: "member", admin: true } },
    /body/,
  ],
  [
    "an invalid e-mail",
    "POST",
    "/api/v1/invitations",
    { body: { email: "not-an-email", role: "member" } },
    /e-mail/,
  ],
  [
    "an over-long e-mail",
    "POST",
    "/api/v1/invitations",
    { body: { email: `${long(320)}@example.test`, role: "member" } },
    /email/,
  ],
  [
    "an unknown role",
    "POST",
    "/api/v1/invitations",
    { body: { email: "a@example.test", role: "root" } },
    /role/,
  ],
  [
    "an over-long key name",
    "POST",
    "/api/v1/api-keys",
    { body: { name: long(101), scope: "read" } },
    /name/,
  ],
  [
    "an empty key name",
    "POST",
    "/api/v1/api-keys",
    { body: { name: "   ", scope: "read" } },
    /name/,
  ],
  [
    "an unknown scope",
    "POST",
    "/api/v1/api-keys",
    { body: { name: "k", scope: "admin" } },
    /scope/,
  ],
  [
    "an expiry that is not a time",
    "POST",
    "/api/v1/api-keys",
    { body: { name: "k", scope: "read", expiresAt: "tomorrow" } },
    /expiresAt/,
  ],
  [
    "an over-long agent key name",
    "POST",
    "/api/v1/agent-keys",
    { body: { name: long(500) } },
    /name/,
  ],
  [
    "an over-long organization name",
    "PATCH",
    "/api/v1/organization",
    { body: { name: long(121) } },
    /name/,
  ],
  ["an empty organization name", "PATCH", "/api/v1/organization", { body: { name: "" } }, /name/],
  [
    "a member id that is not a uuid",
    "PATCH",
    "/api/v1/members/42",
    { body: { role: "viewer" } },
    /userId/,
  ],
  [
    "making an owner by role change",
    "PATCH",
    () => `/api/v1/members/${world.users.member.id}`,
    { body: { role: "owner" } },
    /role/,
  ],
  [
    "a transfer without a member",
    "POST",
    "/api/v1/organization/transfer-ownership",
    { body: {} },
    /userId/,
  ],
  [
    "a transfer to oneself",
    "POST",
    "/api/v1/organization/transfer-ownership",
    { body: { userId: "self" } },
    /already is the Account Owner/,
  ],
  [
    "an audit filter with an unknown action",
    "GET",
    "/api/v1/audit-log?action=drop_tables",
    {},
    /action/,
  ],
  ["an audit page that is too large", "GET", "/api/v1/audit-log?limit=5000", {}, /limit/],
  ["a forged audit cursor", "GET", "/api/v1/audit-log?cursor=1%20or%201=1", {}, /cursor/],
  [
    "an over-long invitation token",
    "POST",
    "/api/v1/invitations/preview",
    { body: { token: long(300) } },
    /token/,
  ],
  [
    "an over-long password",
    "POST",
    "/api/v1/invitations/accept",
    { body: { token: long(20), password: long(300) } },
    /password/,
  ],
];

describe("bad input to the accounts API: a clear 400, nothing changed", () => {
  it.each(cases)("%s", async (_, method, path, options, message) => {
    const before = await snapshot(world.orgId);
    const body =
      options.body && (options.body as { userId?: string }).userId === "self"
        ? { userId: world.users.owner.id }
        : options.body;
    const res = await call(backend.url, method, typeof path === "function" ? path() : path, {
      ...options,
      body,
      cookie: world.users.owner.cookie,
    });
    expect(res.status, res.text).toBe(400);
    expect(errorOf(res)?.code).toBe("bad_request");
    expect(errorOf(res)?.message).toMatch(message);
    expect(await snapshot(world.orgId)).toEqual(before);
  });
});
