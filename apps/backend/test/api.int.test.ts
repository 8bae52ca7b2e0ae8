import { API_ROUTES } from "@logstag/api-contract";
import { AGENT_API } from "@logstag/protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makePayload } from "../src/testing/payload-factory.ts";
import {
  createTestOrg,
  signIn,
  startTestBackend,
  type TestBackend,
} from "../src/testing/start-test-backend.ts";
import { postAgent, registerTestAgent } from "./agent-api.ts";

let backend: TestBackend;
beforeAll(async () => {
  backend = await startTestBackend();
});
afterAll(async () => {
  await backend?.stop();
});

const get = (path: string, cookie?: string) =>
  fetch(backend.url + path, { headers: cookie ? { cookie } : {} });

describe("health and API docs", () => {
  it("answers /healthz when the store answers", async () => {
    const res = await get("/healthz");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", version: "test" });
  });

  it("serves an OpenAPI document listing every contract route", async () => {
    const doc = (await (await get("/api/docs/json")).json()) as { paths: Record<string, unknown> };
    const expected = Object.values(API_ROUTES).flatMap((group) =>
      Object.values(group).map((r) => r.path.replace(/:(\w+)/g, "{$1}")),
    );
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([...expected, AGENT_API.ingest, AGENT_API.register]),
    );
  });

  it("answers unknown API paths with a JSON 404", async () => {
    const res = await get("/api/v1/nothing-here");
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: "not_found" } });
  });
});

describe("sessions", () => {
  it("signs in, reports who is signed in, and signs out", async () => {
    const org = await createTestOrg(backend.db);
    const cookie = await signIn(backend.url, org);
    const me = await (await get("/api/v1/auth/me", cookie)).json();
    expect(me).toMatchObject({
      user: { email: org.email },
      organization: { id: org.orgId },
      role: "owner",
    });

    const out = await fetch(`${backend.url}/api/v1/auth/logout`, {
      method: "POST",
      headers: { cookie },
    });
    expect(out.status).toBe(200);
    expect((await get("/api/v1/auth/me", cookie)).status).toBe(401);
  });

  it.each([
    ["a wrong password", (email: string) => ({ email, password: "not-the-password" })],
    ["an unknown e-mail", () => ({ email: "nobody@example.test", password: "whatever-it-is" })],
  ])("refuses %s with the same message", async (_, body) => {
    const org = await createTestOrg(backend.db);
    const res = await fetch(`${backend.url}/api/v1/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body(org.email)),
    });
    expect(res.status).toBe(401);
    expect(res.headers.get("set-cookie")).toBeNull();
    expect(await res.json()).toEqual({
      error: { code: "unauthenticated", message: "e-mail or password is wrong" },
    });
  });

  it("requires a session for the assets API", async () => {
    expect((await get("/api/v1/assets")).status).toBe(401);
    expect((await get("/api/v1/assets", "logstag_session=lss_forged")).status).toBe(401);
  });
});

describe("series API", () => {
  it("returns aligned buckets, gauges as levels and counters as per-second rates", async () => {
    const org = await createTestOrg(backend.db);
    const ids = await registerTestAgent(backend.url, org.agentKey);
    const t0 = Math.floor(Date.now() / 60_000) * 60_000 - 10 * 60_000;
    const at = (s: number) => new Date(t0 + s * 1000).toISOString();
    const stats = (s: number, commits: number) =>
      makePayload(ids, {
        collector: "database_stats",
        group: "medium",
        collectedAt: at(s),
        data: {
          metrics: [
            { name: "postgres.database.xact_commit", value: commits, labels: { database: "app" } },
          ],
        },
      });
    await postAgent(
      backend.url,
      AGENT_API.ingest,
      {
        payloads: [
          makePayload(ids, { collectedAt: at(0) }),
          stats(0, 1000),
          stats(60, 1600),
          stats(120, 40),
          stats(180, 340),
        ],
      },
      { key: org.agentKey },
    );
    const cookie = await signIn(backend.url, org);
    const q = new URLSearchParams({
      metrics: "postgres.connections,postgres.database.xact_commit",
      from: at(0),
      to: at(240),
      step: "60",
    });
    const res = await get(`/api/v1/targets/${ids.targetId}/series?${q}`, cookie);
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      step: number;
      timestamps: number[];
      series: { metric: string; labels: Record<string, string>; values: (number | null)[] }[];
    };
    expect(body.step).toBe(60);
    expect(body.timestamps).toHaveLength(4);
    const active = body.series.find(
      (s) => s.metric === "postgres.connections" && s.labels.state === "active",
    );
    expect(active?.values).toEqual([3, null, null, null]);
    const commits = body.series.find((s) => s.metric === "postgres.database.xact_commit");
    // 600 commits in 60 s → 10/s; the drop to 40 is a reset (no rate); then 300 in 60 s → 5/s.
    expect(commits?.values).toEqual([null, 10, null, 5]);
  });

  it("rejects unknown metrics and inverted ranges", async () => {
    const org = await createTestOrg(backend.db);
    const ids = await registerTestAgent(backend.url, org.agentKey);
    const cookie = await signIn(backend.url, org);
    const now = new Date().toISOString();
    const unknown = await get(
      `/api/v1/targets/${ids.targetId}/series?metrics=redis.memory&from=${now}&to=${now}`,
      cookie,
    );
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({
      error: { message: "unknown postgres metric redis.memory" },
    });
    const inverted = await get(
      `/api/v1/targets/${ids.targetId}/series?metrics=postgres.uptime&from=${now}&to=2020-01-01T00:00:00Z`,
      cookie,
    );
    expect(inverted.status).toBe(400);
  });
});

describe("organization isolation", () => {
  it("answers another organization's target as not found, in every read", async () => {
    const mine = await createTestOrg(backend.db);
    const theirs = await createTestOrg(backend.db);
    const theirIds = await registerTestAgent(backend.url, theirs.agentKey, "their-agent");
    await postAgent(
      backend.url,
      AGENT_API.ingest,
      { payloads: [makePayload(theirIds)] },
      { key: theirs.agentKey },
    );
    const cookie = await signIn(backend.url, mine);

    const assets = (await (await get("/api/v1/assets", cookie)).json()) as {
      targets: unknown[];
      agents: unknown[];
    };
    expect(assets).toEqual({ agents: [], targets: [] });
    expect((await get(`/api/v1/targets/${theirIds.targetId}`, cookie)).status).toBe(404);
    const now = new Date().toISOString();
    const series = await get(
      `/api/v1/targets/${theirIds.targetId}/series?metrics=postgres.uptime&from=2020-01-01T00:00:00Z&to=${now}`,
      cookie,
    );
    expect(series.status).toBe(404);
  });
});
