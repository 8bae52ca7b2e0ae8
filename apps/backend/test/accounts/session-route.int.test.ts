import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestWorld } from "../../src/testing/accounts-factory.ts";
import { startTestBackend, type TestBackend } from "../../src/testing/start-test-backend.ts";
import { call } from "./http.ts";

// GET /auth/session answers who is signed in without a 401 for nobody, so the web app's sign-in
// page loads without a failed request; /auth/me keeps answering 401.
let backend: TestBackend;
beforeAll(async () => {
  backend = await startTestBackend();
});
afterAll(async () => {
  await backend?.stop();
});

const session = (o: Parameters<typeof call>[3] = {}) =>
  call(backend.url, "GET", "/api/v1/auth/session", o);

describe("GET /api/v1/auth/session", () => {
  it("describes a signed-in person exactly as /auth/me does", async () => {
    const world = await createTestWorld(backend.db);
    const cookie = world.users.viewer.cookie;
    const me = await call(backend.url, "GET", "/api/v1/auth/me", { cookie });
    const answer = await session({ cookie });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ session: me.body });
    expect(answer.body).toMatchObject({
      session: { role: "viewer", organization: { id: world.orgId } },
    });
    const byKey = await session({ bearer: world.readKey });
    expect(byKey.body).toMatchObject({ session: { role: "owner" } });
  });

  it("answers null, not 401, for nobody, an unknown cookie and an agent key", async () => {
    const world = await createTestWorld(backend.db);
    for (const o of [
      {},
      { cookie: "logstag_session=lss_not-a-session" },
      { bearer: world.agentKey },
    ]) {
      const answer = await session(o);
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({ session: null });
    }
    expect((await call(backend.url, "GET", "/api/v1/auth/me")).status).toBe(401);
  });
});
