import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.ts";
import { createTestWorld, TEST_PASSWORD } from "../src/testing/accounts-factory.ts";
import { makePayload } from "../src/testing/payload-factory.ts";
import { startTestBackend, type TestBackend } from "../src/testing/start-test-backend.ts";
import { call, cookieOf } from "./accounts/http.ts";

let plain: TestBackend;
let https: TestBackend;
beforeAll(async () => {
  plain = await startTestBackend();
  https = await startTestBackend({ LOGSTAG_PUBLIC_URL: "https://logstag.example.test" });
});
afterAll(async () => {
  await plain?.stop();
  await https?.stop();
});

const EVIL = "https://evil.example";

describe("cross-site requests", () => {
  it("refuses unsafe requests whose Origin is another site, body or no body", async () => {
    const world = await createTestWorld(plain.db);
    const cookie = world.users.viewer.cookie;
    for (const path of ["/api/v1/auth/logout", "/api/v1/auth/sign-out-everywhere"]) {
      const res = await call(plain.url, "POST", path, { cookie, headers: { origin: EVIL } });
      expect(res.status, path).toBe(403);
    }
    const login = await call(plain.url, "POST", "/api/v1/auth/login", {
      body: { email: world.users.viewer.email, password: TEST_PASSWORD },
      headers: { origin: EVIL },
    });
    expect(login.status).toBe(403);
    expect((await call(plain.url, "GET", "/api/v1/auth/me", { cookie })).status).toBe(200);
  });

  it("refuses them by Sec-Fetch-Site when the browser sends no Origin", async () => {
    const world = await createTestWorld(plain.db);
    const res = await call(plain.url, "POST", "/api/v1/auth/logout", {
      cookie: world.users.viewer.cookie,
      headers: { "sec-fetch-site": "cross-site" },
    });
    expect(res.status).toBe(403);
    const sameSite = await call(plain.url, "POST", "/api/v1/auth/logout", {
      cookie: world.users.viewer.cookie,
      headers: { "sec-fetch-site": "same-site" },
    });
    expect(sameSite.status).toBe(403);
  });

  it("lets the app's own pages, and clients that are not browsers, through", async () => {
    const world = await createTestWorld(plain.db);
    const own = await call(plain.url, "POST", "/api/v1/auth/logout", {
      cookie: world.users.viewer.cookie,
      headers: { origin: plain.url, "sec-fetch-site": "same-origin" },
    });
    expect(own.status).toBe(200);
    const cli = await call(plain.url, "POST", "/api/v1/auth/logout", {
      cookie: world.users.member.cookie,
    });
    expect(cli.status).toBe(200);
  });

  it("keeps agent-key routes working whatever the Origin (Bearer, not cookies)", async () => {
    const world = await createTestWorld(plain.db);
    const res = await call(plain.url, "POST", "/api/v1/agent/ingest", {
      bearer: world.agentKey,
      headers: { origin: EVIL, "sec-fetch-site": "cross-site" },
      body: { payloads: [makePayload({ agentId: world.agentId, targetId: world.targetId })] },
    });
    expect(res.status, res.text).toBe(200);
  });
});

describe("security headers and cookies", () => {
  it("sends CSP with frame-ancestors, nosniff and a referrer policy; no HSTS over plain http", async () => {
    const res = await call(plain.url, "GET", "/healthz");
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("upgrade-insecure-requests");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    expect(res.headers.get("strict-transport-security")).toBeNull();
  });

  it("with an https public URL: HSTS, and a Secure __Host- session cookie that works", async () => {
    const world = await createTestWorld(https.db);
    const health = await call(https.url, "GET", "/healthz");
    expect(health.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
    const login = await call(https.url, "POST", "/api/v1/auth/login", {
      body: { email: world.users.admin.email, password: TEST_PASSWORD },
    });
    expect(login.status).toBe(200);
    const setCookie = login.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(/^__Host-logstag_session=lss_/);
    expect(setCookie).toContain("Secure");
    expect(setCookie).toContain("Path=/");
    const me = await call(https.url, "GET", "/api/v1/auth/me", { cookie: cookieOf(login) });
    expect(me.status).toBe(200);
    // The unprefixed name, which a sibling host could set, is not accepted there.
    const plainName = cookieOf(login)?.replace("__Host-", "");
    expect((await call(https.url, "GET", "/api/v1/auth/me", { cookie: plainName })).status).toBe(
      401,
    );
  });

  it("requires LOGSTAG_PUBLIC_URL when e-mail is configured, so links never come from the Host header", () => {
    expect(() => loadConfig({ LOGSTAG_SMTP_URL: "smtp://mail.example.test:25" })).toThrow(
      /LOGSTAG_PUBLIC_URL/,
    );
  });
});
