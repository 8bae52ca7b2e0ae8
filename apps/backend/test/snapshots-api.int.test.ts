import type { SnapshotResponse, SnapshotTimesResponse } from "@logstag/api-contract";
import { AGENT_API, type PostgresSession, type RegisterAgentResponse } from "@logstag/protocol";
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

const session = (pid: number, blockedBy: number[] = []): PostgresSession => ({
  pid,
  backendStart: null,
  backendType: "client backend",
  state: blockedBy.length ? "active" : "idle in transaction",
  waitEventType: blockedBy.length ? "Lock" : "Client",
  waitEvent: null,
  database: "app",
  user: "app",
  application: null,
  client: null,
  xactStart: null,
  queryStart: null,
  stateChange: null,
  query: "select 1",
  queryTruncated: false,
  queryFingerprint: null,
  queryId: null,
  blockedBy,
  lockWaitStart: null,
  lockMode: null,
  lockType: null,
  lockRelation: null,
});

async function setUp() {
  const org = await createTestOrg(backend.db);
  const ids = await registerTestAgent(backend.url, org.agentKey);
  const cookie = await signIn(backend.url, org);
  const ingest = async (payloads: unknown[]) => {
    const res = await postAgent(backend.url, AGENT_API.ingest, { payloads }, { key: org.agentKey });
    expect(res.status).toBe(200);
  };
  const get = async (path: string, query: Record<string, string> = {}) => {
    const qs = new URLSearchParams(query).toString();
    const res = await fetch(`${backend.url}/api/v1/targets/${ids.targetId}/${path}?${qs}`, {
      headers: { cookie },
    });
    return { status: res.status, body: await res.json() };
  };
  return { org, ids, cookie, ingest, get };
}

const ACTIVITY = "snapshots/postgres.activity";
const SETTINGS = "snapshots/postgres.settings";

const activityAt = (
  ids: { agentId: string; targetId: string },
  at: Date,
  rows: PostgresSession[],
) =>
  makePayload(ids, {
    collector: "activity",
    collectedAt: at.toISOString(),
    data: { metrics: [], snapshot: { kind: "postgres.activity", rows } },
  });

describe("snapshot APIs", () => {
  it("answer the sample at or before a moment, and list sample times in a range", async () => {
    const { ids, ingest, get } = await setUp();
    const t = Date.now() - 60_000;
    await ingest([
      activityAt(ids, new Date(t), [session(1)]),
      activityAt(ids, new Date(t + 10_000), [session(1), session(2, [1])]),
    ]);
    type Sessions = SnapshotResponse<"postgres.activity">;
    const between = await get(ACTIVITY, { at: new Date(t + 5_000).toISOString() });
    expect(between.status).toBe(200);
    const older = between.body as Sessions;
    expect(older.collectedAt).toBe(new Date(t).toISOString());
    expect(older.rows.map((s) => s.pid)).toEqual([1]);
    const latest = (await get(ACTIVITY)).body as Sessions;
    expect(latest.rows.find((s) => s.pid === 2)?.blockedBy).toEqual([1]);
    const before = (await get(ACTIVITY, { at: new Date(t - 1000).toISOString() })).body as Sessions;
    expect(before).toEqual({ collectedAt: null, truncated: false, rows: [] });
    const range = { from: new Date(t - 1000).toISOString(), to: new Date().toISOString() };
    const times = (await get(`${ACTIVITY}/times`, range)).body as SnapshotTimesResponse;
    expect(times).toEqual({
      times: [
        { collectedAt: new Date(t).toISOString(), rows: 1 },
        { collectedAt: new Date(t + 10_000).toISOString(), rows: 2 },
      ],
      truncated: false,
    });
    const all = (await get(`${ACTIVITY}/range`, range)).body as {
      snapshots: Sessions[];
      truncated: boolean;
    };
    expect(all.snapshots.map((s) => [s.collectedAt, s.rows.length])).toEqual([
      [new Date(t + 10_000).toISOString(), 2],
      [new Date(t).toISOString(), 1],
    ]);
    expect(all.truncated).toBe(false);
  });

  it("answer empty until the agent sent a snapshot, then the newest one", async () => {
    const { ids, ingest, get } = await setUp();
    expect((await get(SETTINGS)).body).toEqual({
      collectedAt: null,
      truncated: false,
      rows: [],
    });
    const setting = (value: string) => ({
      name: "work_mem",
      setting: value,
      unit: "kB",
      category: null,
      description: null,
      source: "configuration file",
      bootValue: "4096",
      pendingRestart: false,
      context: "user",
      isDefault: false,
    });
    const settingsAt = (at: number, value: string) =>
      makePayload(ids, {
        collector: "settings",
        group: "low",
        collectedAt: new Date(at).toISOString(),
        data: { metrics: [], snapshot: { kind: "postgres.settings", rows: [setting(value)] } },
      });
    await ingest([settingsAt(Date.now() - 1000, "8192"), settingsAt(Date.now() - 5000, "1024")]);
    const body = (await get(SETTINGS)).body as SnapshotResponse<"postgres.settings">;
    expect(body.rows).toEqual([setting("8192")]);
  });

  it("do not find another organization's target, and refuse a target of another engine", async () => {
    const mine = await setUp();
    const theirs = await setUp();
    const res = await fetch(
      `${backend.url}/api/v1/targets/${theirs.ids.targetId}/snapshots/postgres.roles`,
      {
        headers: { cookie: mine.cookie },
      },
    );
    expect(res.status).toBe(404);
    const registered = await postAgent(
      backend.url,
      AGENT_API.register,
      {
        agentName: "cache-agent",
        hostname: "h",
        agentVersion: "0.1.0",
        targets: [{ name: "cache", engine: "redis" }],
      },
      { key: mine.org.agentKey },
    );
    const redisId = (registered.body as RegisterAgentResponse).targets[0]?.targetId;
    const redis = await fetch(
      `${backend.url}/api/v1/targets/${redisId}/${ACTIVITY}?at=${encodeURIComponent(new Date().toISOString())}`,
      {
        headers: { cookie: mine.cookie },
      },
    );
    expect(redis.status).toBe(400);
  });

  it("refuse a sample range over a month and a payload whose rows do not match their kind", async () => {
    const { ids, get, org } = await setUp();
    const long = await get(`${ACTIVITY}/times`, {
      from: new Date(Date.now() - 40 * 86_400_000).toISOString(),
      to: new Date().toISOString(),
    });
    expect(long.status).toBe(400);
    const bad = activityAt(ids, new Date(), [
      { ...session(1), pid: "x" } as unknown as PostgresSession,
    ]);
    const res = await postAgent(
      backend.url,
      AGENT_API.ingest,
      { payloads: [bad] },
      { key: org.agentKey },
    );
    expect(res.status).toBe(400);
  });
});
