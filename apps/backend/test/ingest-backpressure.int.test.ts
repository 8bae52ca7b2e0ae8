import { AGENT_API } from "@logstag/protocol";
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { configureTimeseries, ingestGate } from "../src/services/ingest/timeseries-settings.ts";
import { makePayload } from "../src/testing/payload-factory.ts";
import {
  createTestOrg,
  startTestBackend,
  type TestBackend,
  type TestOrg,
} from "../src/testing/start-test-backend.ts";
import { DEFAULT_TIMESERIES_CONFIG } from "../src/timeseries-config.ts";
import { postAgent, registerTestAgent } from "./agent-api.ts";

// The lock every ingest transaction takes shared (store/rollup-state.ts): holding it exclusively
// stalls the store for ingestion the way a saturated server would.
const SEAL_LOCK = 7_312_004;

let backend: TestBackend;
let org: TestOrg;
let ids: { agentId: string; targetId: string };

beforeAll(async () => {
  backend = await startTestBackend();
  configureTimeseries({
    ...DEFAULT_TIMESERIES_CONFIG,
    ingest: { concurrency: 1, queue: 1, queuePerOrg: 1 },
  });
  org = await createTestOrg(backend.db);
  ids = await registerTestAgent(backend.url, org.agentKey);
});
afterAll(async () => {
  configureTimeseries(DEFAULT_TIMESERIES_CONFIG);
  await backend?.stop();
});

const collectedAt = new Date().toISOString();
const payload = (payloadId: string) => makePayload(ids, { payloadId, collectedAt });
const post = (payloadId: string) =>
  fetch(backend.url + AGENT_API.ingest, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${org.agentKey}` },
    body: JSON.stringify({ payloads: [payload(payloadId)] }),
  });

describe("ingestion when the store falls behind", () => {
  it("refuses what it cannot queue with 503 and Retry-After, and stores the rest", async () => {
    const blocker: pg.PoolClient = await backend.db.connect();
    await blocker.query("select pg_advisory_lock($1)", [SEAL_LOCK]);
    const payloadIds = Array.from({ length: 5 }, () => crypto.randomUUID());
    const answered = new Map<string, Response>();
    const pending = payloadIds.map((id) => post(id).then((res) => answered.set(id, res)));
    // One request holds the turn (blocked in the store), one waits; the other three are refused.
    for (let i = 0; answered.size < 3 && i < 100; i++) await new Promise((r) => setTimeout(r, 50));
    expect(answered.size).toBe(3);
    expect(ingestGate.load).toEqual({ active: 1, waiting: 1 });
    for (const res of answered.values()) {
      expect(res.status).toBe(503);
      expect(Number(res.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(
        /store is behind/,
      );
    }
    const refusedIds = [...answered.keys()];

    await blocker.query("select pg_advisory_unlock($1)", [SEAL_LOCK]);
    blocker.release();
    await Promise.all(pending);
    const storedIds = payloadIds.filter((id) => !refusedIds.includes(id));
    for (const id of storedIds) expect(answered.get(id)?.status).toBe(200);
    const { rows } = await backend.db.query<{ payload_id: string }>(
      "select payload_id from ingested_payloads where org_id = $1",
      [org.orgId],
    );
    expect(new Set(rows.map((r) => r.payload_id))).toEqual(new Set(storedIds));

    // The refused ones go through once the store keeps up again.
    for (const id of refusedIds) expect((await post(id)).status).toBe(200);
    const again = await postAgent(
      backend.url,
      AGENT_API.ingest,
      { payloads: [payload(storedIds[0] as string)] },
      { key: org.agentKey },
    );
    expect(again.body).toEqual({ accepted: 0, duplicates: 1 });
  });
});
