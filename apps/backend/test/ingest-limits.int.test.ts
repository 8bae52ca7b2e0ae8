import { randomUUID } from "node:crypto";
import { AGENT_API } from "@logstag/protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runMaintenance } from "../src/jobs/maintenance-job.ts";
import { makePayload } from "../src/testing/payload-factory.ts";
import {
  createTestOrg,
  startTestBackend,
  type TestBackend,
} from "../src/testing/start-test-backend.ts";
import { DEFAULT_TIMESERIES_CONFIG } from "../src/timeseries-config.ts";
import { postAgent, registerTestAgent } from "./agent-api.ts";

let backend: TestBackend;
beforeAll(async () => {
  backend = await startTestBackend({
    LOGSTAG_MAX_SERIES_PER_TARGET: "50",
    LOGSTAG_MAX_SERIES_PER_ORG: "80",
    LOGSTAG_MAX_TARGETS_PER_ORG: "5",
    LOGSTAG_MAX_AGENTS_PER_ORG: "3",
    LOGSTAG_AGENT_KEY_REQUESTS_PER_MINUTE: "60",
    LOGSTAG_AGENT_KEY_REGISTRATIONS_PER_MINUTE: "8",
  });
});
afterAll(async () => {
  await backend?.stop();
});

/** One sample per database name: each a new series. */
const databases = (ids: { agentId: string; targetId: string }, names: string[]) =>
  makePayload(ids, {
    collector: "database_stats",
    group: "medium",
    data: {
      metrics: names.map((database) => ({
        name: "postgres.database.xact_commit",
        value: 1,
        labels: { database },
      })),
    },
  });
const ingest = (key: string, payloads: unknown[]) =>
  postAgent(backend.url, AGENT_API.ingest, { payloads }, { key });
const register = (key: string, agentName: string, targets: string[]) =>
  postAgent(
    backend.url,
    AGENT_API.register,
    {
      agentName,
      hostname: "h",
      agentVersion: "0.1.0",
      targets: targets.map((name) => ({ name, engine: "postgres" })),
    },
    { key },
  );
const seriesOf = async (orgId: string) =>
  (await backend.db.query("select count(*)::int as n from series where org_id = $1", [orgId]))
    .rows[0].n;
const message = (r: { body: unknown }) => (r.body as { error: { message: string } }).error.message;
const names = (n: number, prefix = "db") => Array.from({ length: n }, (_, i) => `${prefix}-${i}`);

describe("what one tenant may create", () => {
  it("refuses a payload that would give a target more series than allowed, naming the limit", async () => {
    const org = await createTestOrg(backend.db);
    const ids = await registerTestAgent(backend.url, org.agentKey);
    expect((await ingest(org.agentKey, [databases(ids, names(40))])).status).toBe(200);
    const over = await ingest(org.agentKey, [databases(ids, names(20, "new"))]);
    expect(over.status).toBe(400);
    expect(message(over)).toMatch(/LOGSTAG_MAX_SERIES_PER_TARGET/);
    expect(message(over)).toMatch(/50/);
    expect(await seriesOf(org.orgId)).toBe(40);
    // Known series still go through.
    expect((await ingest(org.agentKey, [databases(ids, names(40))])).status).toBe(200);
  });

  it("limits the series of a whole organization across its targets", async () => {
    const org = await createTestOrg(backend.db);
    const a = await registerTestAgent(backend.url, org.agentKey, "agent-a");
    const b = await registerTestAgent(backend.url, org.agentKey, "agent-b");
    expect((await ingest(org.agentKey, [databases(a, names(45))])).status).toBe(200);
    const over = await ingest(org.agentKey, [databases(b, names(45))]);
    expect(over.status).toBe(400);
    expect(message(over)).toMatch(/LOGSTAG_MAX_SERIES_PER_ORG/);
    expect(await seriesOf(org.orgId)).toBe(45);
  });

  it("limits targets and agents per organization; re-registering what exists is fine", async () => {
    const org = await createTestOrg(backend.db);
    expect((await register(org.agentKey, "a1", names(4, "t"))).status).toBe(200);
    expect((await register(org.agentKey, "a1", names(4, "t"))).status).toBe(200);
    const tooMany = await register(org.agentKey, "a2", names(2, "u"));
    expect(tooMany.status).toBe(400);
    expect(message(tooMany)).toMatch(/LOGSTAG_MAX_TARGETS_PER_ORG/);
    expect((await register(org.agentKey, "a2", [])).status).toBe(200);
    expect((await register(org.agentKey, "a3", [])).status).toBe(200);
    const agents = await register(org.agentKey, "a4", []);
    expect(agents.status).toBe(400);
    expect(message(agents)).toMatch(/LOGSTAG_MAX_AGENTS_PER_ORG/);
  });

  it("rate-limits each agent key on its own, with Retry-After", async () => {
    const noisy = await createTestOrg(backend.db);
    const quiet = await createTestOrg(backend.db);
    const ids = await registerTestAgent(backend.url, noisy.agentKey);
    const quietIds = await registerTestAgent(backend.url, quiet.agentKey);
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++)
      statuses.push((await ingest(noisy.agentKey, [makePayload(ids)])).status);
    expect(statuses).toContain(429);
    expect(statuses.filter((s) => s !== 200 && s !== 429)).toEqual([]);
    const limited = await fetch(backend.url + AGENT_API.ingest, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${noisy.agentKey}` },
      body: JSON.stringify({ payloads: [makePayload(ids)] }),
    });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect((await ingest(quiet.agentKey, [makePayload(quietIds)])).status).toBe(200);
  });
});

describe("re-registering to flood the audit log", () => {
  it("is held to a few registrations a minute per key, so target changes cannot flood the log", async () => {
    const org = await createTestOrg(backend.db);
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) {
      const res = await postAgent(
        backend.url,
        AGENT_API.register,
        {
          agentName: "flapping",
          hostname: "h",
          agentVersion: "0.1.0",
          targets: [{ name: "db", engine: "postgres", endpoint: `10.0.0.${i}:5432/x` }],
        },
        { key: org.agentKey },
      );
      statuses.push(res.status);
    }
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(10);
    const { rows } = await backend.db.query(
      "select count(*)::int as n from audit_log where org_id = $1 and action like 'target.%'",
      [org.orgId],
    );
    expect(rows[0].n).toBeLessThanOrEqual(10);
  });
});

describe("series pruning", () => {
  it("removes series with no points left after retention, keeps the others", async () => {
    const org = await createTestOrg(backend.db);
    const ids = await registerTestAgent(backend.url, org.agentKey);
    expect((await ingest(org.agentKey, [databases(ids, ["kept"])])).status).toBe(200);
    const orphan = await backend.db.query<{ id: number }>(
      `insert into series (org_id, target_id, metric, labels, created_at)
       values ($1, $2, 'postgres.database.xact_commit', $3, now() - interval '2 days') returning id`,
      [org.orgId, ids.targetId, JSON.stringify({ database: `gone-${randomUUID()}` })],
    );
    const summary = await runMaintenance(backend.db, DEFAULT_TIMESERIES_CONFIG.retentionDays);
    expect(summary.prunedSeries).toBeGreaterThanOrEqual(1);
    const { rows } = await backend.db.query<{ id: number; labels: unknown }>(
      "select id, labels from series where org_id = $1",
      [org.orgId],
    );
    expect(rows.map((r) => r.labels)).toEqual([{ database: "kept" }]);
    expect(rows.map((r) => r.id)).not.toContain(orphan.rows[0]?.id);
  });
});
