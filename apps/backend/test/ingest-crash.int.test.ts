import { AGENT_API, type PayloadInput } from "@logstag/protocol";
import { startTestPostgres, type TestPostgres } from "@logstag/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../src/store/db.ts";
import { makePayload } from "../src/testing/payload-factory.ts";
import { type BackendProcess, spawnBackend } from "../src/testing/spawn-backend.ts";
import { createTestOrg, type TestOrg } from "../src/testing/start-test-backend.ts";
import { postAgent, registerTestAgent } from "./agent-api.ts";

const PAYLOADS = 3000;
const PER_BATCH = 25;
const SENDERS = 4;
const METRICS_PER_PAYLOAD = 3;

let pg: TestPostgres;
let db: Db;
let backend: BackendProcess;
let org: TestOrg;

beforeAll(async () => {
  pg = await startTestPostgres();
  backend = await spawnBackend({ databaseUrl: pg.url });
  db = createDb(pg.url, 2);
  org = await createTestOrg(db);
});
afterAll(async () => {
  await backend?.stop();
  await db?.end();
  await pg?.stop();
});

const count = async (sql: string, params: unknown[]) =>
  (await db.query<{ n: number }>(sql, params)).rows[0]?.n;

describe("a backend killed with SIGKILL under load", () => {
  it("stores every acknowledged payload exactly once after senders retry", async () => {
    const ids = await registerTestAgent(backend.url, org.agentKey);
    const base = Date.now() - 3_600_000;
    // Distinct collection times, so each payload's points are told apart in the store.
    const payloads: PayloadInput[] = Array.from({ length: PAYLOADS }, (_, i) =>
      makePayload(ids, { collectedAt: new Date(base + i).toISOString() }),
    );
    const batches: PayloadInput[][] = [];
    for (let i = 0; i < payloads.length; i += PER_BATCH)
      batches.push(payloads.slice(i, i + PER_BATCH));

    const acked = new Set<string>();
    let retries = 0;
    const kills = [PAYLOADS / 3, (2 * PAYLOADS) / 3];
    let restarting: Promise<void> = Promise.resolve();
    const maybeKill = () => {
      if (kills.length === 0 || acked.size < (kills[0] as number)) return;
      kills.shift();
      const old = backend;
      restarting = restarting.then(async () => {
        await old.kill();
        backend = await spawnBackend({ databaseUrl: pg.url, port: old.port });
      });
    };

    const send = async (batch: PayloadInput[]) => {
      for (;;) {
        const res = await postAgent(
          `http://127.0.0.1:${backend.port}`,
          AGENT_API.ingest,
          { payloads: batch },
          { key: org.agentKey, gzip: true },
        ).catch(() => undefined);
        if (res?.status === 200) {
          for (const p of batch) acked.add(p.payloadId as string);
          maybeKill();
          return;
        }
        if (res && res.status !== 503 && res.status < 500)
          throw new Error(`not retryable: ${res.status} ${JSON.stringify(res.body)}`);
        retries++;
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    await Promise.all(
      Array.from({ length: SENDERS }, async (_, s) => {
        for (let b = s; b < batches.length; b += SENDERS) await send(batches[b] as PayloadInput[]);
      }),
    );
    await restarting;

    expect(kills).toEqual([]);
    expect(retries).toBeGreaterThan(0);
    expect(acked.size).toBe(PAYLOADS);
    const stored = await db.query<{ payload_id: string }>(
      "select payload_id from ingested_payloads where org_id = $1",
      [org.orgId],
    );
    expect(new Set(stored.rows.map((r) => r.payload_id))).toEqual(acked);
    expect(stored.rows).toHaveLength(PAYLOADS);
    expect(
      await count("select count(*)::int as n from points where org_id = $1", [org.orgId]),
    ).toBe(PAYLOADS * METRICS_PER_PAYLOAD);
    // Every payload's points, each exactly once.
    expect(
      await count(
        `select count(*)::int as n from (select ts from points where org_id = $1
           group by ts having count(*) <> $2) x`,
        [org.orgId, METRICS_PER_PAYLOAD],
      ),
    ).toBe(0);
    expect(
      await count("select count(distinct ts)::int as n from points where org_id = $1", [org.orgId]),
    ).toBe(PAYLOADS);
  }, 180_000);
});
