import type { SeriesResponse } from "@logstag/api-contract";
import { AGENT_API, type PayloadInput } from "@logstag/protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runRollup } from "../src/jobs/rollup-job.ts";
import { makePayload } from "../src/testing/payload-factory.ts";
import {
  createTestOrg,
  signIn,
  startTestBackend,
  type TestBackend,
} from "../src/testing/start-test-backend.ts";
import { postAgent, registerTestAgent } from "./agent-api.ts";

const HOUR = 3_600_000;
let backend: TestBackend;
let ids: { agentId: string; targetId: string };
let cookie: string;
let agentKey: string;
// Whole hours, three hours back: every sample is older than the rollup seal.
const t0 = Math.floor(Date.now() / HOUR) * HOUR - 3 * HOUR;
const at = (minute: number, second = 0) =>
  new Date(t0 + minute * 60_000 + second * 1000).toISOString();

/** xact_commit: 10/s for 30 minutes, a reset to 100, then 5/s, with no samples in minutes 50–59. */
function commits(k: number): number | undefined {
  if (k < 30) return 1000 + 600 * k;
  if (k >= 50 && k < 60) return undefined;
  return 100 + 300 * (k - 30);
}

function sample(k: number): PayloadInput[] {
  const out = [
    makePayload(ids, {
      collectedAt: at(k),
      data: { metrics: [{ name: "postgres.connections", value: k, labels: { state: "active" } }] },
    }),
  ];
  const v = commits(k);
  if (v !== undefined) {
    out.push(
      makePayload(ids, {
        collector: "database_stats",
        group: "medium",
        collectedAt: at(k),
        data: {
          metrics: [
            { name: "postgres.database.xact_commit", value: v, labels: { database: "app" } },
          ],
        },
      }),
    );
  }
  return out;
}

async function query(step: number, minutes: number): Promise<SeriesResponse> {
  const q = new URLSearchParams({
    metrics: "postgres.connections,postgres.database.xact_commit",
    from: at(0),
    to: at(minutes),
    step: String(step),
  });
  const res = await fetch(`${backend.url}/api/v1/targets/${ids.targetId}/series?${q}`, {
    headers: { cookie },
  });
  expect(res.status).toBe(200);
  return (await res.json()) as SeriesResponse;
}

const find = (r: SeriesResponse, metric: string) =>
  r.series.find((s) => s.metric === metric) as SeriesResponse["series"][number];

beforeAll(async () => {
  backend = await startTestBackend();
  const org = await createTestOrg(backend.db);
  agentKey = org.agentKey;
  ids = await registerTestAgent(backend.url, org.agentKey);
  const payloads = Array.from({ length: 90 }, (_, k) => sample(k)).flat();
  const res = await postAgent(backend.url, AGENT_API.ingest, { payloads }, { key: agentKey });
  expect(res.status).toBe(200);
  cookie = await signIn(backend.url, org);
});
afterAll(async () => {
  await backend?.stop();
});

// Per minute bucket k: the rate of the step that ends at sample k.
const expectedRates = Array.from({ length: 90 }, (_, k) => {
  if (k === 0 || k === 30 || (k >= 50 && k < 60)) return null;
  return k < 30 ? 10 : 5;
});

describe("series API over raw points and rollups", () => {
  let raw: SeriesResponse;

  it("turns counters into rates, a drop into a marked reset, and missing samples into nulls", async () => {
    raw = await query(60, 90);
    expect(raw.source).toBe("raw");
    expect(raw.timestamps).toHaveLength(90);
    const rate = find(raw, "postgres.database.xact_commit");
    expect(rate.values).toEqual(expectedRates);
    expect(rate.values.every((v) => v === null || v >= 0)).toBe(true);
    expect(rate.resets).toEqual([Date.parse(at(30)) / 1000]);
    expect(find(raw, "postgres.connections").values).toEqual(
      Array.from({ length: 90 }, (_, k) => k),
    );
  });

  it("answers the same from 1-minute rollups once they are computed", async () => {
    const summary = await runRollup(backend.db);
    expect(summary.caughtUp).toBe(true);
    const rolled = await query(60, 90);
    expect(rolled.source).toBe("1m");
    expect(rolled.series).toEqual(raw.series);
    const { rows } = await backend.db.query<{ last: number; min: number; count: number }>(
      `select m.last, m.min, m.count from points_1m m join series s on s.id = m.series_id
        where s.target_id = $1 and s.metric = 'postgres.database.xact_commit' and m.bucket = $2`,
      [ids.targetId, new Date(t0 + 30 * 60_000)],
    );
    expect(rows).toEqual([{ last: 100, min: 100, count: 1 }]);
  });

  it("answers whole hours from 1-hour rollups, rates over the covered time only", async () => {
    const hours = await query(3600, 120);
    expect(hours.source).toBe("1h");
    const rate = find(hours, "postgres.database.xact_commit");
    // Hour 0: 29 steps at 600 and 19 at 300 over 48 minutes; the reset step counts for nothing.
    expect(rate.values[0]).toBeCloseTo((29 * 600 + 19 * 300) / (48 * 60), 9);
    // Hour 1: the 11-minute step across the gap, then 29 steps of 300, all at 5/s.
    expect(rate.values[1]).toBeCloseTo(5, 9);
    expect(rate.resets).toEqual([Date.parse(at(0)) / 1000]);
    expect(find(hours, "postgres.connections").values).toEqual([29.5, 74.5]);
    const { rows } = await backend.db.query<{ last: number; count: number }>(
      `select h.last, h.count from points_1h h join series s on s.id = h.series_id
        where s.target_id = $1 and s.metric = 'postgres.connections' order by h.bucket`,
      [ids.targetId],
    );
    expect(rows).toEqual([
      { last: 59, count: 60 },
      { last: 89, count: 30 },
    ]);
  });

  it("redoes the rollups of an hour that receives points after it was rolled up", async () => {
    const late = makePayload(ids, {
      collectedAt: at(10, 30),
      data: {
        metrics: [{ name: "postgres.connections", value: 1000, labels: { state: "active" } }],
      },
    });
    const res = await postAgent(
      backend.url,
      AGENT_API.ingest,
      { payloads: [late] },
      { key: agentKey },
    );
    expect(res.status).toBe(200);
    const dirty = await backend.db.query("select hour from rollup_dirty where target_id = $1", [
      ids.targetId,
    ]);
    expect(dirty.rows).toEqual([{ hour: new Date(t0) }]);

    const summary = await runRollup(backend.db);
    expect(summary.redoneHours).toBeGreaterThanOrEqual(1);
    const minutes = await query(60, 90);
    expect(minutes.source).toBe("1m");
    expect(find(minutes, "postgres.connections").values[10]).toBe(505);
    const hours = await query(3600, 120);
    expect(find(hours, "postgres.connections").values[0]).toBeCloseTo((1770 + 1000) / 61, 9);
    // Redoing the hour leaves the counter's rates as they were.
    const rate = find(hours, "postgres.database.xact_commit");
    expect(rate.values[0]).toBeCloseTo((29 * 600 + 19 * 300) / (48 * 60), 9);
    expect(rate.values[1]).toBeCloseTo(5, 9);
  });
});
