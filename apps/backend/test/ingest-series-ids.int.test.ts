import { AGENT_API, type MetricGroup, type PayloadInput } from "@logstag/protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makePayload } from "../src/testing/payload-factory.ts";
import {
  createTestOrg,
  startTestBackend,
  type TestBackend,
  type TestOrg,
} from "../src/testing/start-test-backend.ts";
import { postAgent, registerTestAgent } from "./agent-api.ts";

let backend: TestBackend;
let org: TestOrg;
let ids: { agentId: string; targetId: string };

beforeAll(async () => {
  backend = await startTestBackend();
  org = await createTestOrg(backend.db);
  ids = await registerTestAgent(backend.url, org.agentKey);
});
afterAll(async () => {
  await backend?.stop();
});

const connections = (second: number, samples: [string, number][]) =>
  makePayload(ids, {
    collectedAt: new Date(Date.now() - 600_000 + second * 1000).toISOString(),
    data: {
      metrics: samples.map(([state, value]) => ({
        name: "postgres.connections",
        value,
        labels: { state },
      })),
    },
  });

describe("series of the samples a collector sends", () => {
  it("follows labels, not positions, when a collector's samples change from run to run", async () => {
    const runs = [
      connections(0, [
        ["active", 1],
        ["idle", 10],
      ]),
      // Same collector, same series, other order; then a new series; then one series fewer.
      connections(10, [
        ["idle", 11],
        ["active", 2],
      ]),
      connections(20, [
        ["active", 3],
        ["idle", 12],
        ["idle in transaction", 100],
      ]),
      connections(30, [["idle", 13]]),
    ];
    for (const payload of runs) {
      const res = await postAgent(
        backend.url,
        AGENT_API.ingest,
        { payloads: [payload] },
        { key: org.agentKey },
      );
      expect(res.status).toBe(200);
    }
    // One batch holding several runs of the collector, including a repeat of a known shape.
    const batch = [
      connections(40, [
        ["active", 4],
        ["idle", 14],
      ]),
      connections(50, [
        ["idle", 15],
        ["active", 5],
      ]),
      connections(60, [
        ["active", 6],
        ["idle", 16],
      ]),
    ];
    expect(
      (await postAgent(backend.url, AGENT_API.ingest, { payloads: batch }, { key: org.agentKey }))
        .status,
    ).toBe(200);

    const { rows } = await backend.db.query<{ state: string; values: number[] }>(
      `select s.labels->>'state' as state, array_agg(p.value order by p.ts) as values
         from points p join series s on s.org_id = p.org_id and s.id = p.series_id
        where p.org_id = $1 group by 1 order by 1`,
      [org.orgId],
    );
    expect(rows).toEqual([
      { state: "active", values: [1, 2, 3, 4, 5, 6] },
      { state: "idle", values: [10, 11, 12, 13, 14, 15, 16] },
      { state: "idle in transaction", values: [100] },
    ]);
  });
});

describe("samples grouped by label set", () => {
  it("land in the same series as one object per sample, whichever form each run uses", async () => {
    const org2 = await createTestOrg(backend.db);
    const ids2 = await registerTestAgent(backend.url, org2.agentKey);
    const at = (second: number) => new Date(Date.now() - 600_000 + second * 1000).toISOString();
    const run = (second: number, data: PayloadInput["data"]) =>
      makePayload(ids2, { collectedAt: at(second), data });
    const groups = (active: number, idle: number, max: number): MetricGroup[] => [
      { labels: { state: "idle" }, values: { "postgres.connections": idle } },
      { labels: { state: "active" }, values: { "postgres.connections": active } },
      { values: { "postgres.connections.max": max, "postgres.uptime": active * 100 } },
    ];
    const post = async (payloads: PayloadInput[]) =>
      (
        await postAgent(
          backend.url,
          AGENT_API.ingest,
          { payloads },
          { key: org2.agentKey, gzip: true },
        )
      ).status;

    expect(
      await post([
        run(0, {
          metrics: [
            { name: "postgres.connections", value: 1, labels: { state: "active" } },
            { name: "postgres.connections", value: 10, labels: { state: "idle" } },
            { name: "postgres.connections.max", value: 100 },
          ],
        }),
      ]),
    ).toBe(200);
    // Groups, then the same groups again (the collector's known shape), then both forms at once.
    expect(await post([run(10, { metricGroups: groups(2, 11, 101) })])).toBe(200);
    expect(
      await post([
        run(20, { metricGroups: groups(3, 12, 102) }),
        run(30, { metricGroups: groups(4, 13, 103) }),
        run(40, {
          metrics: [{ name: "postgres.connections", value: 5, labels: { state: "active" } }],
          metricGroups: [
            { labels: { state: "idle" }, values: { "postgres.connections": 14 } },
            { values: { "postgres.connections.max": 104 } },
          ],
        }),
      ]),
    ).toBe(200);

    const { rows } = await backend.db.query<{ series: string; values: number[] }>(
      `select s.metric || coalesce(' ' || (s.labels->>'state'), '') as series,
              array_agg(p.value order by p.ts) as values
         from points p join series s on s.org_id = p.org_id and s.id = p.series_id
        where p.org_id = $1 group by 1 order by 1`,
      [org2.orgId],
    );
    expect(rows).toEqual([
      { series: "postgres.connections active", values: [1, 2, 3, 4, 5] },
      { series: "postgres.connections idle", values: [10, 11, 12, 13, 14] },
      { series: "postgres.connections.max", values: [100, 101, 102, 103, 104] },
      { series: "postgres.uptime", values: [200, 300, 400] },
    ]);
  });
});
