import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestWorld, TEST_PASSWORD } from "../../src/testing/accounts-factory.ts";
import { startTestBackend, type TestBackend } from "../../src/testing/start-test-backend.ts";
import { call, errorOf } from "./http.ts";

let backend: TestBackend;
beforeAll(async () => {
  backend = await startTestBackend({
    LOGSTAG_LOGIN_MAX_FAILURES_PER_ACCOUNT: "3",
    LOGSTAG_LOGIN_MAX_FAILURES_PER_ADDRESS: "6",
    LOGSTAG_LOGIN_WINDOW_MINUTES: "10",
    // As behind a reverse proxy on this host: client addresses come from X-Forwarded-For.
    LOGSTAG_TRUST_PROXY: "127.0.0.1",
  });
});
afterAll(async () => {
  await backend?.stop();
});

// Each test signs in from its own address (X-Forwarded-For, trusted from the local proxy).
const from = () =>
  `203.0.113.${Math.floor(Math.random() * 250) + 1}, 10.${randomUUID().slice(0, 2)}`;
const signIn = (email: string, password: string, address: string) =>
  call(backend.url, "POST", "/api/v1/auth/login", {
    body: { email, password },
    headers: { "x-forwarded-for": address },
  });

describe("sign-in rate limits", () => {
  it("locks an account after repeated failures, even for the right password, and says for how long", async () => {
    const world = await createTestWorld(backend.db);
    const { email } = world.users.member;
    for (let i = 0; i < 3; i++)
      expect((await signIn(email, "wrong-password-here", `198.51.100.${i + 1}`)).status).toBe(401);
    const locked = await signIn(email, TEST_PASSWORD, "198.51.100.99");
    expect(locked.status).toBe(429);
    expect(errorOf(locked)?.message).toBe(
      "Too many failed sign-in attempts for this account. Try again in 10 min.",
    );
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(500);
    expect(locked.headers.get("set-cookie")).toBeNull();
    // Other accounts are not affected.
    expect((await signIn(world.users.viewer.email, TEST_PASSWORD, "198.51.100.99")).status).toBe(
      200,
    );
    // The failures are in the organization's audit log, with address and user agent.
    const { rows } = await backend.db.query(
      "select actor_kind, actor_label, source_address, user_agent from audit_log where org_id = $1 and action = 'user.sign_in_failed'",
      [world.orgId],
    );
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({
      actor_kind: "anonymous",
      actor_label: email.toLowerCase(),
      source_address: "198.51.100.1",
    });
  });

  it("limits an address that tries many accounts, unknown ones included", async () => {
    const world = await createTestWorld(backend.db);
    const address = from();
    for (let i = 0; i < 6; i++)
      expect((await signIn(`nobody-${i}-${randomUUID()}@example.test`, "x", address)).status).toBe(
        401,
      );
    const res = await signIn(world.users.owner.email, TEST_PASSWORD, address);
    expect(res.status).toBe(429);
    expect(errorOf(res)?.message).toMatch(/from your address/);
    expect((await signIn(world.users.owner.email, TEST_PASSWORD, from())).status).toBe(200);
  });

  it("forgives an account's failures after a successful sign-in", async () => {
    const world = await createTestWorld(backend.db);
    const { email } = world.users.admin;
    const address = from();
    for (let i = 0; i < 2; i++) await signIn(email, "wrong-password-here", address);
    expect((await signIn(email, TEST_PASSWORD, address)).status).toBe(200);
    for (let i = 0; i < 2; i++) await signIn(email, "wrong-password-here", from());
    expect((await signIn(email, TEST_PASSWORD, from())).status).toBe(200);
  });

  it("refuses malformed sign-in bodies with 400 and counts nothing", async () => {
    const address = from();
    for (const body of [
      {},
      { email: "a@b.c" },
      { email: "a@b.c", password: "x", extra: 1 },
      { email: 1, password: 2 },
    ]) {
      const res = await call(backend.url, "POST", "/api/v1/auth/login", {
        body,
        headers: { "x-forwarded-for": address },
      });
      expect(res.status).toBe(400);
    }
    const { rows } = await backend.db.query(
      "select count(*)::int as n from login_attempts where address = $1",
      [address.split(",")[0]],
    );
    expect(rows[0]).toEqual({ n: 0 });
  });
});

describe("without a trusted proxy", () => {
  it("ignores X-Forwarded-For, so a client cannot choose the address it is limited under", async () => {
    const direct = await startTestBackend({ LOGSTAG_LOGIN_MAX_FAILURES_PER_ADDRESS: "2" });
    try {
      const world = await createTestWorld(direct.db);
      for (let i = 0; i < 2; i++) {
        const res = await call(direct.url, "POST", "/api/v1/auth/login", {
          body: { email: `nobody-${i}@example.test`, password: "wrong-password-here" },
          headers: { "x-forwarded-for": `198.51.100.${i + 1}` },
        });
        expect(res.status).toBe(401);
      }
      const spoofed = await call(direct.url, "POST", "/api/v1/auth/login", {
        body: { email: world.users.viewer.email, password: TEST_PASSWORD },
        headers: { "x-forwarded-for": "198.51.100.77" },
      });
      expect(spoofed.status).toBe(429);
    } finally {
      await direct.stop();
    }
  });
});
