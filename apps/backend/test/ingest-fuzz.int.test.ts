import { gzipSync } from "node:zlib";
import { AGENT_API, groupSamples, type PayloadInput } from "@logstag/protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makePayload } from "../src/testing/payload-factory.ts";
import {
  createTestOrg,
  startTestBackend,
  type TestBackend,
  type TestOrg,
} from "../src/testing/start-test-backend.ts";
import { postAgent, registerTestAgent } from "./agent-api.ts";
import { damageText, mutateOnce, seededRandom } from "./fuzz-mutations.ts";

const CASES = 2000;
const PARALLEL = 8;
const SEED = Number(process.env.LOGSTAG_FUZZ_SEED ?? 20_240_611);
const REFUSALS = new Set([400, 404, 413, 415]);
const DAY = 86_400_000;

let backend: TestBackend;
let org: TestOrg;
let ids: { agentId: string; targetId: string };
let foreignTargetId: string;

beforeAll(async () => {
  // Thousands of requests with one agent key: the per-key rate limit is not under test here.
  backend = await startTestBackend({
    LOGSTAG_BODY_LIMIT_BYTES: String(256 * 1024),
    LOGSTAG_AGENT_KEY_REQUESTS_PER_MINUTE: "1000000",
  });
  org = await createTestOrg(backend.db);
  ids = await registerTestAgent(backend.url, org.agentKey);
  const other = await createTestOrg(backend.db);
  foreignTargetId = (await registerTestAgent(backend.url, other.agentKey, "other")).targetId;
});
afterAll(async () => {
  await backend?.stop();
});

interface SentPayload {
  payloadId?: unknown;
  collectedAt?: unknown;
  data?: { metrics?: unknown[]; metricGroups?: { values: object }[] };
}

interface Outcome {
  status: number;
  /** What the backend could have read from the body, if it was JSON at all. */
  payloads: SentPayload[];
}

function buildCase(rnd: () => number): { body: Buffer; gzip: boolean; doc: unknown } {
  const payloads = Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => {
    const p = makePayload(ids, {
      collectedAt: new Date(Date.now() - rnd() * 6 * 3_600_000).toISOString(),
    });
    // Half of them with their samples grouped by label set, as current agents send them.
    return rnd() < 0.5 ? p : withGroups(p);
  });
  const doc = JSON.parse(JSON.stringify({ payloads }));
  const mutations = 1 + Math.floor(rnd() * 3);
  for (let i = 0; i < mutations; i++) mutateOnce(doc, rnd, foreignTargetId);
  let text = JSON.stringify(doc);
  if (rnd() < 0.15) text = damageText(text, rnd);
  const gzip = rnd() < 0.3;
  let body = gzip ? gzipSync(text) : Buffer.from(text);
  // Now and then a gzip stream that breaks half-way.
  if (gzip && rnd() < 0.1) body = body.subarray(0, Math.floor(body.length / 2));
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { body, gzip, doc: parsed };
}

function withGroups(p: PayloadInput): PayloadInput {
  return {
    ...p,
    data: { ...p.data, metrics: [], metricGroups: groupSamples(p.data.metrics ?? []) },
  };
}

/** Samples of a payload the backend accepted, in both forms. */
const samplesOf = (p: SentPayload) =>
  (p.data?.metrics?.length ?? 0) +
  (p.data?.metricGroups ?? []).reduce((n, g) => n + Object.keys(g.values).length, 0);

const payloadsOf = (doc: unknown): SentPayload[] => {
  const list = (doc as { payloads?: unknown } | undefined)?.payloads;
  return Array.isArray(list) ? list.filter((p) => p && typeof p === "object") : [];
};

describe("ingestion under fuzzed input", () => {
  it(`answers ${CASES} mutated batches without a crash, a 5xx or a partial write`, async () => {
    const rnd = seededRandom(SEED);
    const cases = Array.from({ length: CASES }, () => buildCase(rnd));
    // In completion order: of two batches carrying one payload id, the first to commit stores it.
    const outcomes: Outcome[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: PARALLEL }, async () => {
        while (next < cases.length) {
          const c = cases[next++] as (typeof cases)[number];
          const res = await postAgent(backend.url, AGENT_API.ingest, null, {
            key: org.agentKey,
            rawBody: c.body,
            gzip: c.gzip,
          });
          outcomes.push({ status: res.status, payloads: payloadsOf(c.doc) });
        }
      }),
    );

    const statuses = new Map<number, number>();
    for (const o of outcomes) statuses.set(o.status, (statuses.get(o.status) ?? 0) + 1);
    const unexpected = [...statuses.keys()].filter((s) => s !== 200 && !REFUSALS.has(s));
    expect(unexpected, `seed ${SEED}: statuses ${JSON.stringify([...statuses])}`).toEqual([]);
    expect(statuses.get(200) ?? 0).toBeGreaterThan(0);
    expect(outcomes.length - (statuses.get(200) ?? 0)).toBeGreaterThan(CASES / 2);

    const { rows } = await backend.db.query<{ payload_id: string }>(
      "select payload_id from ingested_payloads where org_id = $1",
      [org.orgId],
    );
    const stored = new Set(rows.map((r) => r.payload_id));
    const oldest = Math.floor((Date.now() - 7 * DAY) / DAY) * DAY;
    const pointsOf = new Map<string, number>();
    for (const o of outcomes.filter((x) => x.status === 200)) {
      for (const p of o.payloads) {
        const id = String(p.payloadId).toLowerCase();
        if (pointsOf.has(id)) continue;
        const expired = Date.parse(p.collectedAt as string) < oldest;
        expect(stored.has(id), `seed ${SEED}: accepted payload ${id} stored`).toBe(!expired);
        if (!expired) pointsOf.set(id, samplesOf(p));
      }
    }
    for (const o of outcomes.filter((x) => x.status !== 200)) {
      for (const p of o.payloads) {
        const id = typeof p.payloadId === "string" ? p.payloadId.toLowerCase() : undefined;
        if (id !== undefined && !pointsOf.has(id))
          expect(stored.has(id), `seed ${SEED}: refused payload ${id} not stored`).toBe(false);
      }
    }
    expect(stored.size).toBe(pointsOf.size);
    const points = await backend.db.query<{ n: number }>(
      "select count(*)::int as n from points where org_id = $1",
      [org.orgId],
    );
    const expected = [...pointsOf.values()].reduce((a, b) => a + b, 0);
    expect(points.rows[0]?.n, `seed ${SEED}`).toBe(expected);

    const ok = await postAgent(
      backend.url,
      AGENT_API.ingest,
      { payloads: [makePayload(ids)] },
      { key: org.agentKey },
    );
    expect(ok).toEqual({ status: 200, body: { accepted: 1, duplicates: 0 } });
  }, 180_000);
});
