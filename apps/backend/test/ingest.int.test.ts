import { deflateSync } from "node:zlib";
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
  backend = await startTestBackend({ LOGSTAG_BODY_LIMIT_BYTES: String(256 * 1024) });
});
afterAll(async () => {
  await backend?.stop();
});

async function countRows(
  table: "points" | "ingested_payloads" | "series",
  orgId: string,
): Promise<number> {
  const { rows } = await backend.db.query<{ n: number }>(
    `select count(*)::int as n from ${table} where org_id = $1`,
    [orgId],
  );
  return rows[0]?.n ?? 0;
}

describe("agent ingestion over HTTP", () => {
  it("stores a gzip batch once, and acknowledges a resend without storing it again", async () => {
    const org = await createTestOrg(backend.db);
    const ids = await registerTestAgent(backend.url, org.agentKey);
    const batch = {
      payloads: [
        makePayload(ids),
        makePayload(ids, { collectedAt: new Date(Date.now() - 10_000).toISOString() }),
      ],
    };

    const first = await postAgent(backend.url, AGENT_API.ingest, batch, {
      key: org.agentKey,
      gzip: true,
    });
    expect(first).toEqual({ status: 200, body: { accepted: 2, duplicates: 0 } });
    const again = await postAgent(backend.url, AGENT_API.ingest, batch, { key: org.agentKey });
    expect(again).toEqual({ status: 200, body: { accepted: 0, duplicates: 2 } });

    expect(await countRows("points", org.orgId)).toBe(6);
    expect(await countRows("series", org.orgId)).toBe(3);
  });

  it("stores a deflate batch", async () => {
    const org = await createTestOrg(backend.db);
    const ids = await registerTestAgent(backend.url, org.agentKey);
    // Distinct label values: the body inflates to many zlib chunks, just under the body limit.
    const metrics = Array.from({ length: 2000 }, (_, i) => ({
      name: "postgres.database.xact_commit",
      value: i,
      labels: { database: `db_${i}_${"x".repeat(40)}` },
    }));
    const json = JSON.stringify({ payloads: [makePayload(ids, { data: { metrics } })] });
    expect(json.length).toBeGreaterThan(150 * 1024);
    const res = await fetch(backend.url + AGENT_API.ingest, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "content-encoding": "deflate",
        authorization: `Bearer ${org.agentKey}`,
      },
      body: deflateSync(json),
    });
    expect({ status: res.status, body: await res.json() }).toEqual({
      status: 200,
      body: { accepted: 1, duplicates: 0 },
    });
    expect(await countRows("points", org.orgId)).toBe(2000);
  });

  it("stores only the new payloads' points of a batch that repeats stored ones", async () => {
    const org = await createTestOrg(backend.db);
    const ids = await registerTestAgent(backend.url, org.agentKey);
    const at = (s: number) => new Date(Date.now() - s * 1000).toISOString();
    const stored = makePayload(ids, { collectedAt: at(30) });
    await postAgent(backend.url, AGENT_API.ingest, { payloads: [stored] }, { key: org.agentKey });
    const fresh = [
      makePayload(ids, { collectedAt: at(20) }),
      makePayload(ids, { collectedAt: at(10) }),
    ];

    const mixed = await postAgent(
      backend.url,
      AGENT_API.ingest,
      { payloads: [fresh[0], stored, fresh[1], stored] },
      { key: org.agentKey },
    );

    expect(mixed).toEqual({ status: 200, body: { accepted: 2, duplicates: 2 } });
    const { rows } = await backend.db.query<{ ts: Date; n: number }>(
      "select ts, count(*)::int as n from points where org_id = $1 group by ts order by ts",
      [org.orgId],
    );
    expect(rows.map((r) => [r.ts.toISOString(), r.n])).toEqual(
      [stored, ...fresh].map((p) => [p.collectedAt, 3]),
    );
  });

  it("concurrent resends of one payload store it exactly once", async () => {
    const org = await createTestOrg(backend.db);
    const ids = await registerTestAgent(backend.url, org.agentKey);
    const batch = { payloads: [makePayload(ids)] };
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        postAgent(backend.url, AGENT_API.ingest, batch, { key: org.agentKey }),
      ),
    );
    const statuses = results.map((r) => r.status);
    const accepted = results.reduce(
      (n, r) => n + ((r.body as { accepted?: number }).accepted ?? 0),
      0,
    );
    expect(statuses).toEqual(Array(8).fill(200));
    expect(accepted).toBe(1);
    expect(await countRows("ingested_payloads", org.orgId)).toBe(1);
    expect(await countRows("points", org.orgId)).toBe(3);
  });

  it("shows the target with its inventory and status in the assets API", async () => {
    const org = await createTestOrg(backend.db);
    const ids = await registerTestAgent(backend.url, org.agentKey);
    await postAgent(
      backend.url,
      AGENT_API.ingest,
      { payloads: [makePayload(ids)] },
      { key: org.agentKey },
    );
    const cookie = await signIn(backend.url, org);
    const res = await fetch(`${backend.url}/api/v1/assets`, { headers: { cookie } });
    expect(res.status).toBe(200);
    const assets = (await res.json()) as { agents: unknown[]; targets: Record<string, unknown>[] };
    expect(assets.agents).toHaveLength(1);
    expect(assets.targets[0]).toMatchObject({
      id: ids.targetId,
      name: "db-1",
      engine: "postgres",
      version: "18.4",
      role: "primary",
      status: "up",
      lastError: null,
    });
  });

  it("marks a target down when its collector cannot connect, with the reason", async () => {
    const org = await createTestOrg(backend.db);
    const ids = await registerTestAgent(backend.url, org.agentKey);
    const failed = makePayload(ids, {
      status: "error",
      error: { kind: "connection", message: "connection refused" },
      data: { metrics: [] },
    });
    await postAgent(backend.url, AGENT_API.ingest, { payloads: [failed] }, { key: org.agentKey });
    const cookie = await signIn(backend.url, org);
    const target = await (
      await fetch(`${backend.url}/api/v1/targets/${ids.targetId}`, { headers: { cookie } })
    ).json();
    expect(target).toMatchObject({ status: "down", lastError: "instance: connection refused" });
  });
});
