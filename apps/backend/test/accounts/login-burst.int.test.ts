import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createInvitation } from "../../src/services/invitations/create-invitation.ts";
import { createTestWorld, TEST_PASSWORD } from "../../src/testing/accounts-factory.ts";
import { startTestBackend, type TestBackend } from "../../src/testing/start-test-backend.ts";
import { call } from "./http.ts";

let backend: TestBackend;
beforeAll(async () => {
  // Each request comes from its own address, so only the per-account limit (5) can stop a burst.
  backend = await startTestBackend({ LOGSTAG_TRUST_PROXY: "127.0.0.1" });
});
afterAll(async () => {
  await backend?.stop();
});

const BURST = 50;
const ALLOWED = 5;
const address = (i: number) => `198.18.${Math.floor(i / 250)}.${(i % 250) + 1}`;

function tally(statuses: number[]) {
  return {
    evaluated: statuses.filter((s) => s === 401).length,
    throttled: statuses.filter((s) => s === 429).length,
  };
}

describe("a burst of guesses sent together", () => {
  it("evaluates at most the allowed number of sign-in attempts and refuses the rest as throttled", async () => {
    const world = await createTestWorld(backend.db);
    const { email } = world.users.member;
    const statuses = await Promise.all(
      Array.from({ length: BURST }, (_, i) =>
        call(backend.url, "POST", "/api/v1/auth/login", {
          body: { email, password: `wrong-guess-${i}` },
          headers: { "x-forwarded-for": address(i) },
        }).then((r) => r.status),
      ),
    );
    const { evaluated, throttled } = tally(statuses);
    expect(evaluated).toBeGreaterThan(0);
    expect(evaluated).toBeLessThanOrEqual(ALLOWED);
    expect(throttled).toBe(BURST - evaluated);
    // Even the right password waits now.
    const right = await call(backend.url, "POST", "/api/v1/auth/login", {
      body: { email, password: TEST_PASSWORD },
      headers: { "x-forwarded-for": address(999) },
    });
    expect(right.status).toBe(429);
    // The organization sees that its member's account was throttled.
    const { rows } = await backend.db.query(
      "select count(*)::int as n from audit_log where org_id = $1 and action = 'user.sign_in_throttled'",
      [world.orgId],
    );
    expect(rows[0].n).toBeGreaterThanOrEqual(1);
  });

  it("evaluates at most the allowed number of existing-account passwords when accepting an invitation", async () => {
    const inviting = await createTestWorld(backend.db);
    const joining = await createTestWorld(backend.db);
    const { link } = await createInvitation({
      ctx: { db: backend.db, orgId: inviting.orgId, actor: { kind: "system" } },
      input: { email: joining.users.viewer.email, role: "member" },
      settings: { ttlHours: 1, baseUrl: "http://logstag.test" },
    });
    const token = link.split("#token=")[1] as string;
    const statuses = await Promise.all(
      Array.from({ length: BURST }, (_, i) =>
        call(backend.url, "POST", "/api/v1/invitations/accept", {
          body: { token, password: `wrong-guess-${i}` },
          headers: { "x-forwarded-for": address(i) },
        }).then((r) => r.status),
      ),
    );
    const { evaluated, throttled } = tally(statuses);
    expect(evaluated).toBeGreaterThan(0);
    expect(evaluated).toBeLessThanOrEqual(ALLOWED);
    expect(throttled).toBe(BURST - evaluated);
    // Every refused accept is in the inviting organization's audit log.
    const { rows } = await backend.db.query(
      "select count(*)::int as n from audit_log where org_id = $1 and action = 'invitation.accept_failed'",
      [inviting.orgId],
    );
    expect(rows[0].n).toBeGreaterThanOrEqual(evaluated);
  });

  it("still lets the right password in after a few wrong ones", async () => {
    const world = await createTestWorld(backend.db);
    const { email } = world.users.admin;
    const statuses = await Promise.all(
      [0, 1].map((i) =>
        call(backend.url, "POST", "/api/v1/auth/login", {
          body: { email, password: `wrong-${randomUUID()}` },
          headers: { "x-forwarded-for": address(i) },
        }).then((r) => r.status),
      ),
    );
    expect(statuses).toEqual([401, 401]);
    const right = await call(backend.url, "POST", "/api/v1/auth/login", {
      body: { email, password: TEST_PASSWORD },
      headers: { "x-forwarded-for": address(3) },
    });
    expect(right.status).toBe(200);
    const { rows } = await backend.db.query(
      "select count(*)::int as n from login_attempts where account = $1",
      [email.toLowerCase()],
    );
    expect(rows[0].n).toBe(0);
  });
});
