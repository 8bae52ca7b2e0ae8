import { AGENT_API } from "@logstag/protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addTestApiKey, createTestWorld } from "../../src/testing/accounts-factory.ts";
import { makePayload } from "../../src/testing/payload-factory.ts";
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

describe("user API keys", () => {
  it("shows the secret once, stores only its hash, and lists the key without it", async () => {
    const world = await createTestWorld(backend.db);
    const created = await api("POST", "/api/v1/api-keys", {
      cookie: world.users.member.cookie,
      body: { name: "grafana", scope: "read" },
    });
    expect(created.status).toBe(200);
    const { apiKey, secret } = created.body as {
      apiKey: { id: string; prefix: string };
      secret: string;
    };
    expect(secret).toMatch(/^lsu_[\w-]{43}$/);
    expect(secret.startsWith(apiKey.prefix)).toBe(true);
    const stored = await backend.db.query("select * from api_keys where id = $1", [apiKey.id]);
    expect(JSON.stringify(stored.rows)).not.toContain(secret.slice(12));

    const list = await api("GET", "/api/v1/api-keys", { cookie: world.users.member.cookie });
    expect(list.text).not.toContain(secret.slice(12));
    expect(list.body).toMatchObject({
      apiKeys: [{ id: apiKey.id, status: "active", lastUsedAt: null }],
    });

    expect((await api("GET", "/api/v1/assets", { bearer: secret })).status).toBe(200);
    const used = await api("GET", "/api/v1/api-keys", { cookie: world.users.member.cookie });
    expect(
      (used.body as { apiKeys: { lastUsedAt: string | null }[] }).apiKeys[0]?.lastUsedAt,
    ).not.toBeNull();
    // Someone else's list does not show it.
    const others = await api("GET", "/api/v1/api-keys", { cookie: world.users.admin.cookie });
    expect(others.body).toEqual({ apiKeys: [] });
  });

  it("a read key reads but cannot change; a read-write key changes within its owner's role", async () => {
    const world = await createTestWorld(backend.db);
    const body = { name: "Renamed by a key" };
    const read = await api("PATCH", "/api/v1/organization", { bearer: world.readKey, body });
    expect(read.status).toBe(403);
    expect(errorOf(read)?.message).toMatch(/read-only/);
    expect(
      (await api("PATCH", "/api/v1/organization", { bearer: world.writeKey, body })).status,
    ).toBe(200);

    const viewerKey = await addTestApiKey(
      backend.db,
      world.orgId,
      world.users.viewer.id,
      "read-write",
    );
    const viewer = await api("GET", "/api/v1/members", { bearer: viewerKey.secret });
    expect(viewer.status).toBe(403);
    expect(errorOf(viewer)?.message).toMatch(/Viewer/);
  });

  it("no key mints keys or ends sessions", async () => {
    const world = await createTestWorld(backend.db);
    const res = await api("POST", "/api/v1/api-keys", {
      bearer: world.writeKey,
      body: { name: "child", scope: "read-write" },
    });
    expect(res.status).toBe(403);
    expect(errorOf(res)?.message).toMatch(/API keys cannot/);
  });

  it("a revoked key stops working at once; revoking again changes nothing", async () => {
    const world = await createTestWorld(backend.db);
    const key = await addTestApiKey(backend.db, world.orgId, world.users.admin.id, "read");
    expect((await api("GET", "/api/v1/assets", { bearer: key.secret })).status).toBe(200);
    const revoke = () =>
      api("DELETE", `/api/v1/api-keys/${key.id}`, { cookie: world.users.admin.cookie });
    expect((await revoke()).status).toBe(200);
    const after = await api("GET", "/api/v1/assets", { bearer: key.secret });
    expect(after.status).toBe(401);
    expect(errorOf(after)?.message).toBe("this API key was revoked");
    const audits = () =>
      backend.db.query("select 1 from audit_log where org_id = $1 and action = 'api_key.revoked'", [
        world.orgId,
      ]);
    expect((await audits()).rowCount).toBe(1);
    expect((await revoke()).status).toBe(200);
    expect((await audits()).rowCount).toBe(1);
  });

  it("an expired key is refused, and a key cannot be made already expired", async () => {
    const world = await createTestWorld(backend.db);
    const key = await addTestApiKey(
      backend.db,
      world.orgId,
      world.users.owner.id,
      "read",
      new Date(Date.now() - 1000),
    );
    const res = await api("GET", "/api/v1/assets", { bearer: key.secret });
    expect(res.status).toBe(401);
    expect(errorOf(res)?.message).toBe("this API key has expired");
    const past = await api("POST", "/api/v1/api-keys", {
      cookie: world.users.owner.cookie,
      body: { name: "x", scope: "read", expiresAt: "2020-01-01T00:00:00Z" },
    });
    expect(past.status).toBe(400);
    expect(errorOf(past)?.message).toMatch(/future/);
  });

  it.each([
    ["an unknown user key", `lsu_${"x".repeat(43)}`, /unknown/],
    ["a session token", "lss_abc", /Bearer lsu_/],
    ["an agent key", "agent", /agent keys \(lsa_…\) can only/],
  ])("refuses %s on a person's route", async (_, key, message) => {
    const world = await createTestWorld(backend.db);
    const res = await api("GET", "/api/v1/assets", {
      bearer: key === "agent" ? world.agentKey : key,
    });
    expect(res.status).toBe(401);
    expect(errorOf(res)?.message).toMatch(message);
  });
});

describe("agent keys", () => {
  it("are created once, listed by prefix, and a revoked one cannot ingest", async () => {
    const world = await createTestWorld(backend.db);
    const created = await api("POST", "/api/v1/agent-keys", {
      cookie: world.users.admin.cookie,
      body: { name: "rack 4" },
    });
    const { agentKey, secret } = created.body as {
      agentKey: { id: string; prefix: string };
      secret: string;
    };
    expect(secret).toMatch(/^lsa_/);
    const list = await api("GET", "/api/v1/agent-keys", { cookie: world.users.owner.cookie });
    expect(list.text).not.toContain(secret.slice(12));
    expect(list.body).toMatchObject({
      agentKeys: expect.arrayContaining([
        expect.objectContaining({ id: agentKey.id, prefix: agentKey.prefix, status: "active" }),
      ]),
    });

    const ingest = () =>
      api("POST", AGENT_API.ingest, {
        bearer: secret,
        body: { payloads: [makePayload({ agentId: world.agentId, targetId: world.targetId })] },
      });
    expect((await ingest()).status).toBe(200);
    expect(
      (
        await api("DELETE", `/api/v1/agent-keys/${agentKey.id}`, {
          cookie: world.users.admin.cookie,
        })
      ).status,
    ).toBe(200);
    const refused = await ingest();
    expect(refused.status).toBe(401);
    expect(errorOf(refused)?.message).toMatch(/unknown or revoked/);
  });
});
