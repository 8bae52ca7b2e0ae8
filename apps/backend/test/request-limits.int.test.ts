import { AGENT_API } from "@logstag/protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runRollup } from "../src/jobs/rollup-job.ts";
import { configureTimeseries, ingestGate } from "../src/services/ingest/timeseries-settings.ts";
import { createTestWorld } from "../src/testing/accounts-factory.ts";
import { makePayload } from "../src/testing/payload-factory.ts";
import { startTestBackend, type TestBackend } from "../src/testing/start-test-backend.ts";
import { DEFAULT_TIMESERIES_CONFIG } from "../src/timeseries-config.ts";
import { call } from "./accounts/http.ts";
import { postAgent } from "./agent-api.ts";

let backend: TestBackend;
beforeAll(async () => {
  backend = await startTestBackend({ LOGSTAG_MAX_SERIES_PER_QUERY: "20" });
});
afterAll(async () => {
  configureTimeseries(DEFAULT_TIMESERIES_CONFIG);
  await backend?.stop();
});

const hourAgo = () => new Date(Date.now() - 3_600_000).toISOString();

describe("limits of what one request may cost", () => {
  it("runs the backend's statements with a statement_timeout", async () => {
    const { rows } = await backend.db.query("show statement_timeout");
    expect(rows[0].statement_timeout).toBe("30s");
  });

  it("refuses a series request that covers more series than allowed, naming the limit", async () => {
    const world = await createTestWorld(backend.db);
    const ids = { agentId: world.agentId, targetId: world.targetId };
    const metrics = Array.from({ length: 25 }, (_, i) => ({
      name: "postgres.database.xact_commit",
      value: i,
      labels: { database: `db-${i}` },
    }));
    const sent = await postAgent(
      backend.url,
      AGENT_API.ingest,
      { payloads: [makePayload(ids, { collector: "database_stats", data: { metrics } })] },
      { key: world.agentKey },
    );
    expect(sent.status).toBe(200);
    const query = new URLSearchParams({
      metrics: "postgres.database.xact_commit",
      from: hourAgo(),
      to: new Date().toISOString(),
    });
    const res = await call(
      backend.url,
      "GET",
      `/api/v1/targets/${world.targetId}/series?${query}`,
      {
        cookie: world.users.viewer.cookie,
      },
    );
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/LOGSTAG_MAX_SERIES_PER_QUERY/);
  });

  it("caps a breakdown by its rows with a sample in the range, and a series request by its label filter", async () => {
    const world = await createTestWorld(backend.db);
    const ids = { agentId: world.agentId, targetId: world.targetId };
    // Two metrics per statement: 15 statements now are 30 series but 15 rows (the cap is 20);
    // 10 more reported two hours ago lie outside the range asked for.
    const statements = (keys: string[], at: number) =>
      makePayload(ids, {
        collector: "statements",
        group: "medium",
        collectedAt: new Date(at).toISOString(),
        data: {
          metrics: keys.flatMap((query, i) => [
            { name: "postgres.statements.calls", value: i + 1, labels: { query } },
            { name: "postgres.statements.exec_time", value: 10 * (i + 1), labels: { query } },
          ]),
        },
      });
    const key = (n: number) => n.toString(16).padStart(16, "0");
    const recent = Array.from({ length: 15 }, (_, i) => key(i));
    const old = Array.from({ length: 10 }, (_, i) => key(100 + i));
    const sent = await postAgent(
      backend.url,
      AGENT_API.ingest,
      {
        payloads: [
          statements(old, Date.now() - 2 * 3_600_000),
          statements(recent, Date.now() - 120_000),
          statements(recent, Date.now() - 60_000),
        ],
      },
      { key: world.agentKey },
    );
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    const get = (path: string, q: Record<string, string>) =>
      call(
        backend.url,
        "GET",
        `/api/v1/targets/${world.targetId}/${path}?${new URLSearchParams({ ...q, from: hourAgo(), to: new Date().toISOString() })}`,
        { cookie: world.users.viewer.cookie },
      );
    const metrics = "postgres.statements.calls,postgres.statements.exec_time";
    const breakdown = await get("series/breakdown", { metrics, by: "query" });
    expect(breakdown.status, breakdown.text).toBe(200);
    const rows = (breakdown.body as { rows: { key: string }[] }).rows;
    expect(rows.map((r) => r.key).sort()).toEqual(recent);

    const all = await get("series", { metrics });
    expect(all.status).toBe(400);
    const one = await get("series", { metrics, where: `query=${key(3)}` });
    expect(one.status, one.text).toBe(200);
    const series = (one.body as { series: { metric: string; labels: { query: string } }[] }).series;
    expect(series.map((s) => [s.metric, s.labels.query])).toEqual([
      ["postgres.statements.calls", key(3)],
      ["postgres.statements.exec_time", key(3)],
    ]);
    const bad = await get("series", { metrics, where: "no label" });
    expect(bad.status).toBe(400);
  });

  it("keeps the heaviest statements, by the first metric, when more than the cap have data", async () => {
    const world = await createTestWorld(backend.db);
    const ids = { agentId: world.agentId, targetId: world.targetId };
    // 25 statements in one minute (the cap is 20); statement i is called 10 × i times in it.
    const keys = Array.from({ length: 25 }, (_, i) => `a${i.toString(16).padStart(15, "0")}`);
    const minute = Math.floor((Date.now() - 10 * 60_000) / 60_000) * 60_000;
    const round = (n: number) =>
      makePayload(ids, {
        collector: "statements",
        group: "medium",
        collectedAt: new Date(minute + 5_000 + n * 20_000).toISOString(),
        data: {
          metrics: keys.flatMap((query, i) => [
            { name: "postgres.statements.calls", value: 1000 + n * 5 * i, labels: { query } },
            { name: "postgres.statements.exec_time", value: 1000 - i, labels: { query } },
          ]),
        },
      });
    const sent = await postAgent(
      backend.url,
      AGENT_API.ingest,
      { payloads: [round(0), round(1), round(2)] },
      { key: world.agentKey },
    );
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    await runRollup(backend.db);

    const q = new URLSearchParams({
      metrics: "postgres.statements.calls,postgres.statements.exec_time",
      by: "query",
      from: hourAgo(),
      to: new Date().toISOString(),
    });
    const res = await call(
      backend.url,
      "GET",
      `/api/v1/targets/${world.targetId}/series/breakdown?${q}`,
      { cookie: world.users.viewer.cookie },
    );
    expect(res.status, res.text).toBe(200);
    const body = res.body as { rows: { key: string }[]; truncated: boolean };
    expect(body.truncated).toBe(true);
    expect(body.rows.map((r) => r.key).sort()).toEqual(keys.slice(5));
  });

  it("accepts small bodies only on public and user routes", async () => {
    const world = await createTestWorld(backend.db);
    const big = "x".repeat(200 * 1024);
    const login = await call(backend.url, "POST", "/api/v1/auth/login", {
      body: { email: "a@example.test", password: big },
    });
    expect(login.status).toBe(413);
    const rename = await call(backend.url, "PATCH", "/api/v1/organization", {
      cookie: world.users.owner.cookie,
      body: { name: "y".repeat(2 * 1024 * 1024) },
    });
    expect(rename.status).toBe(413);
  });

  it("refuses ingest requests the gate cannot queue before reading their body", async () => {
    const world = await createTestWorld(backend.db);
    configureTimeseries({
      ...DEFAULT_TIMESERIES_CONFIG,
      ingest: { concurrency: 1, queue: 0, queuePerOrg: 0 },
    });
    const release = await ingestGate.acquire("someone-else");
    const sendBroken = () =>
      fetch(backend.url + AGENT_API.ingest, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${world.agentKey}` },
        body: "{ this is not json",
      });
    try {
      expect((await sendBroken()).status).toBe(503);
    } finally {
      release();
      configureTimeseries(DEFAULT_TIMESERIES_CONFIG);
    }
    expect((await sendBroken()).status).toBe(400);
  });

  it("hands the turn back when a waiting client goes away", async () => {
    const world = await createTestWorld(backend.db);
    configureTimeseries({
      ...DEFAULT_TIMESERIES_CONFIG,
      ingest: { concurrency: 1, queue: 4, queuePerOrg: 4 },
    });
    const settle = async (want: { active: number; waiting: number }) => {
      for (let i = 0; i < 200 && JSON.stringify(ingestGate.load) !== JSON.stringify(want); i++)
        await new Promise((r) => setTimeout(r, 25));
      return ingestGate.load;
    };
    try {
      const release = await ingestGate.acquire("someone-else");
      const leaving = new AbortController();
      const gone = fetch(backend.url + AGENT_API.ingest, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${world.agentKey}` },
        body: JSON.stringify({
          payloads: [makePayload({ agentId: world.agentId, targetId: world.targetId })],
        }),
        signal: leaving.signal,
      }).catch(() => undefined);
      expect(await settle({ active: 1, waiting: 1 })).toEqual({ active: 1, waiting: 1 });
      leaving.abort();
      await gone;
      release();
      expect(await settle({ active: 0, waiting: 0 })).toEqual({ active: 0, waiting: 0 });
    } finally {
      configureTimeseries(DEFAULT_TIMESERIES_CONFIG);
    }
  });
});
