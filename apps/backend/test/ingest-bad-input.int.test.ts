import { randomUUID } from "node:crypto";
import { AGENT_API } from "@logstag/protocol";
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
  backend = await startTestBackend({ LOGSTAG_BODY_LIMIT_BYTES: String(64 * 1024) });
  org = await createTestOrg(backend.db);
  ids = await registerTestAgent(backend.url, org.agentKey);
});
afterAll(async () => {
  await backend?.stop();
});

async function storedPayloads(orgId: string): Promise<number> {
  const { rows } = await backend.db.query<{ n: number }>(
    "select count(*)::int as n from ingested_payloads where org_id = $1",
    [orgId],
  );
  return rows[0]?.n ?? 0;
}

/** A valid batch with `member` (raw JSON text) inserted first into its payload's `data`. */
function postPoisoned(member: string) {
  const text = JSON.stringify({ payloads: [makePayload(ids)] }).replace(
    '"data":{',
    `"data":{${member}`,
  );
  return postAgent(backend.url, AGENT_API.ingest, null, { key: org.agentKey, rawBody: text });
}

/** Posts `body` to the ingest route with the organization's agent key. */
const ingest = (body: unknown) =>
  postAgent(backend.url, AGENT_API.ingest, body, { key: org.agentKey });

const errorCode = (body: unknown) => (body as { error: { code: string } }).error.code;
const errorMessage = (body: unknown) => (body as { error: { message: string } }).error.message;

describe("ingestion refuses bad input with a clear error and stores nothing", () => {
  const cases: [string, () => Promise<{ status: number; body: unknown }>, number, RegExp][] = [
    [
      "no key",
      () => postAgent(backend.url, AGENT_API.ingest, { payloads: [makePayload(ids)] }),
      401,
      /agent key/,
    ],
    [
      "a wrong key",
      () =>
        postAgent(
          backend.url,
          AGENT_API.ingest,
          { payloads: [makePayload(ids)] },
          { key: `lsa_${randomUUID()}` },
        ),
      401,
      /unknown or revoked/,
    ],
    [
      "a user session token instead of an agent key",
      () =>
        postAgent(
          backend.url,
          AGENT_API.ingest,
          { payloads: [makePayload(ids)] },
          { key: `lss_${randomUUID()}` },
        ),
      401,
      /agent key/,
    ],
    [
      "invalid JSON",
      () =>
        postAgent(backend.url, AGENT_API.ingest, null, {
          key: org.agentKey,
          rawBody: '{"payloads": [',
        }),
      400,
      /JSON/i,
    ],
    [
      "an empty JSON body",
      () => postAgent(backend.url, AGENT_API.ingest, null, { key: org.agentKey, rawBody: "" }),
      400,
      /empty/i,
    ],
    [
      "a __proto__ key (prototype poisoning)",
      () => postPoisoned('"__proto__":{"polluted":true},'),
      400,
      /JSON/i,
    ],
    [
      "a __proto__ key spelt with \\u escapes",
      () => postPoisoned('"\\u005f_proto\\u005f_":{"polluted":true},'),
      400,
      /JSON/i,
    ],
    [
      "a constructor.prototype key",
      () => postPoisoned('"constructor":{"prototype":{"polluted":true}},'),
      400,
      /JSON/i,
    ],
    [
      "a wrong content type",
      () =>
        postAgent(backend.url, AGENT_API.ingest, null, {
          key: org.agentKey,
          rawBody: "payloads",
          contentType: "text/plain",
        }),
      415,
      /content-type|media type/i,
    ],
    [
      "a body that claims gzip but is not",
      () =>
        postAgent(backend.url, AGENT_API.ingest, null, {
          key: org.agentKey,
          rawBody: JSON.stringify({ payloads: [] }),
          gzip: true,
        }),
      400,
      /compressed|gzip/,
    ],
    [
      "an oversized body",
      () =>
        ingest({
          payloads: [
            makePayload(ids, {
              data: { metrics: Array(3000).fill({ name: "postgres.uptime", value: 1 }) },
            }),
          ],
        }),
      413,
      /too large/i,
    ],
    [
      "a small gzip body that inflates beyond the body limit",
      () =>
        postAgent(
          backend.url,
          AGENT_API.ingest,
          {
            payloads: [
              makePayload(ids, {
                data: { metrics: Array(20_000).fill({ name: "postgres.uptime", value: 1 }) },
              }),
            ],
          },
          { key: org.agentKey, gzip: true },
        ),
      413,
      /too large/i,
    ],
    [
      "a wrong type",
      () => ingest({ payloads: [makePayload(ids, { durationMs: "fast" as unknown as number })] }),
      400,
      /durationMs/,
    ],
    [
      "an unknown engine",
      () => ingest({ payloads: [makePayload(ids, { engine: "db2" as "postgres" })] }),
      400,
      /unknown engine "db2"/,
    ],
    [
      "a missing field",
      () => {
        const { collectedAt: _, ...rest } = makePayload(ids);
        return ingest({ payloads: [rest] });
      },
      400,
      /collectedAt/,
    ],
    [
      "a metric outside the catalog",
      () =>
        ingest({
          payloads: [
            makePayload(ids),
            makePayload(ids, { data: { metrics: [{ name: "postgres.rows_read", value: 1 }] } }),
          ],
        }),
      400,
      /not in the postgres catalog/,
    ],
    [
      "a grouped metric outside the catalog, or with a label it does not have",
      () =>
        ingest({
          payloads: [
            makePayload(ids, {
              data: {
                metricGroups: [
                  { labels: { state: "idle" }, values: { "postgres.connections": 1 } },
                  { labels: { database: "app" }, values: { "postgres.connections": 1 } },
                ],
              },
            }),
          ],
        }),
      400,
      /metricGroups\.1\.labels\.database|metric postgres\.connections has no label database/,
    ],
    [
      "a grouped value too large to sum",
      () =>
        ingest({
          payloads: [
            makePayload(ids, {
              data: { metricGroups: [{ values: { "postgres.uptime": 1e301 } }] },
            }),
          ],
        }),
      400,
      /metricGroups\[0\]\.values\.postgres\.uptime/,
    ],
    [
      "a target that does not exist",
      () =>
        ingest({ payloads: [makePayload(ids), makePayload({ ...ids, targetId: randomUUID() })] }),
      404,
      /not found/,
    ],
    ["an empty batch", () => ingest({ payloads: [] }), 400, /payloads/],
  ];

  it.each(cases)("%s", async (_, send, status, message) => {
    const before = await storedPayloads(org.orgId);
    const res = await send();
    expect(res.status).toBe(status);
    expect(errorMessage(res.body)).toMatch(message);
    expect(await storedPayloads(org.orgId)).toBe(before);
  });

  it("rejects a payload naming another organization's target as not found, storing nothing for either", async () => {
    const other = await createTestOrg(backend.db);
    const otherIds = await registerTestAgent(backend.url, other.agentKey, "other-agent");
    const res = await ingest({ payloads: [makePayload(ids), makePayload(otherIds)] });
    expect(res.status).toBe(404);
    expect(errorCode(res.body)).toBe("not_found");
    expect(await storedPayloads(org.orgId)).toBe(0);
    expect(await storedPayloads(other.orgId)).toBe(0);
  });

  it("refuses a revoked agent key from the next request on, storing nothing", async () => {
    const revoked = await createTestOrg(backend.db);
    const revokedIds = await registerTestAgent(backend.url, revoked.agentKey, "revoked-agent");
    await backend.db.query("update agent_keys set revoked_at = now() where org_id = $1", [
      revoked.orgId,
    ]);
    const res = await postAgent(
      backend.url,
      AGENT_API.ingest,
      { payloads: [makePayload(revokedIds)] },
      { key: revoked.agentKey },
    );
    expect(res.status).toBe(401);
    expect(errorMessage(res.body)).toMatch(/unknown or revoked/);
    expect(await storedPayloads(revoked.orgId)).toBe(0);
  });

  it("keeps serving after all of that", async () => {
    const res = await ingest({ payloads: [makePayload(ids)] });
    expect(res).toEqual({ status: 200, body: { accepted: 1, duplicates: 0 } });
  });
});
