import type { ChangesResponse, SnapshotResponse } from "@logstag/api-contract";
import {
  AGENT_API,
  type PostgresSchemaObject,
  type PostgresSession,
  type PostgresStatement,
} from "@logstag/protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addTestUser } from "../src/testing/accounts-factory.ts";
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

async function setUp() {
  const org = await createTestOrg(backend.db);
  const ids = await registerTestAgent(backend.url, org.agentKey);
  const owner = await signIn(backend.url, org);
  const viewer = (await addTestUser(backend.db, org.orgId, "viewer")).cookie;
  const member = (await addTestUser(backend.db, org.orgId, "member")).cookie;
  const ingest = async (payloads: unknown[]) => {
    const res = await postAgent(backend.url, AGENT_API.ingest, { payloads }, { key: org.agentKey });
    expect(res.status).toBe(200);
  };
  const get = async <T>(cookie: string, path: string, query: Record<string, string> = {}) => {
    const qs = new URLSearchParams(query).toString();
    const res = await fetch(`${backend.url}/api/v1/targets/${ids.targetId}/${path}?${qs}`, {
      headers: { cookie },
    });
    expect(res.status).toBe(200);
    return (await res.json()) as T;
  };
  return { ids, owner, viewer, member, ingest, get };
}

const obj = (o: Partial<PostgresSchemaObject> & Pick<PostgresSchemaObject, "type" | "name">) => ({
  database: "shop",
  schema: "public",
  table: null,
  owner: "app",
  definition: null,
  ...o,
});
const db = (name: string, collected = true) =>
  obj({ type: "database", name, database: name, schema: null, collected });

const base = Math.floor(Date.now() / 60_000) * 60_000 - 3 * 3_600_000;
const minute = (m: number) => new Date(base + m * 60_000).toISOString();
const range = {
  from: new Date(base - 3_600_000).toISOString(),
  to: new Date(base + 3 * 3_600_000).toISOString(),
};

describe("change history", () => {
  it("records created, altered (with a diff) and dropped objects; the first snapshot is the baseline", async () => {
    const { ids, owner, ingest, get } = await setUp();
    const schema = (at: number, rows: unknown[]) =>
      makePayload(ids, {
        collector: "schema",
        group: "schema",
        collectedAt: minute(at),
        data: { metrics: [], snapshot: { kind: "postgres.schema", rows } },
      });
    const orders = (definition: string, sizeBytes: number) =>
      obj({ type: "table", name: "orders", definition, stats: { sizeBytes } });
    await ingest([
      schema(0, [
        db("shop"),
        orders("id integer", 8192),
        obj({ type: "index", name: "old", table: "orders", definition: "x" }),
      ]),
    ]);
    await ingest([
      schema(1, [
        db("shop"),
        orders("id integer, note text", 16384),
        obj({ type: "view", name: "v", definition: "select 1" }),
      ]),
      // shop could not be read this time: nothing of it is dropped
      schema(2, [db("shop", false)]),
    ]);
    const { events } = await get<ChangesResponse>(owner, "changes", range);
    expect(events.map((e) => [e.objectType, e.objectName, e.change])).toEqual(
      expect.arrayContaining([
        ["table", "shop: public.orders", "altered"],
        ["view", "shop: public.v", "created"],
        ["index", "shop: public.orders.old", "dropped"],
      ]),
    );
    expect(events).toHaveLength(3);
    const altered = events.find((e) => e.change === "altered");
    // sizes move on every collection and are not a change
    expect(altered?.diff).toEqual([
      { field: "definition", before: "id integer", after: "id integer, note text" },
    ]);
    // schema snapshots are kept with history, and read back through the generic route
    const latest = await get<SnapshotResponse<"postgres.schema">>(
      owner,
      "snapshots/postgres.schema",
    );
    expect(latest.collectedAt).toBe(minute(2));
  });

  it("records setting changes", async () => {
    const { ids, owner, ingest, get } = await setUp();
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
    const settings = (at: number, value: string) =>
      makePayload(ids, {
        collector: "settings",
        group: "low",
        collectedAt: minute(at),
        data: { metrics: [], snapshot: { kind: "postgres.settings", rows: [setting(value)] } },
      });
    await ingest([settings(0, "4096")]);
    await ingest([settings(10, "65536")]);
    const { events } = await get<ChangesResponse>(owner, "changes", range);
    expect(events).toEqual([
      expect.objectContaining({
        objectType: "setting",
        objectName: "work_mem",
        change: "altered",
        diff: [{ field: "setting", before: "4096", after: "65536" }],
      }),
    ]);
  });
});

describe("query text", () => {
  it("statement texts are looked up by key; raw literals reach only Owners and Admins", async () => {
    const { ids, owner, viewer, member, ingest, get } = await setUp();
    const statement: PostgresStatement = {
      key: "0123456789abcdef",
      queryId: "42",
      database: "shop",
      user: "app",
      toplevel: true,
      text: "select * from cards where number = '4111-1111'",
      textTruncated: false,
      textMode: "raw",
    };
    await ingest([
      makePayload(ids, {
        collector: "statements",
        collectedAt: minute(0),
        data: { metrics: [], snapshot: { kind: "postgres.statements", rows: [statement] } },
      }),
    ]);
    const query = { kind: "postgres.statements", keys: statement.key };
    const asOwner = await get<{ rows: PostgresStatement[] }>(owner, "snapshot-rows", query);
    expect(asOwner.rows[0]?.text).toContain("4111-1111");
    for (const cookie of [viewer, member]) {
      const seen = await get<{ rows: PostgresStatement[] }>(cookie, "snapshot-rows", query);
      expect(seen.rows[0]).toMatchObject({
        text: "select * from cards where number = ?",
        textMode: "normalized",
      });
    }
  });

  it("activity samples with raw text are normalized for Viewers", async () => {
    const { ids, owner, viewer, ingest, get } = await setUp();
    const session: PostgresSession = {
      pid: 1,
      backendStart: null,
      backendType: "client backend",
      state: "active",
      waitEventType: null,
      waitEvent: null,
      database: "shop",
      user: "app",
      application: null,
      client: null,
      xactStart: null,
      queryStart: null,
      stateChange: null,
      query: "update users set password = 'hunter2' where id = 7",
      queryTruncated: false,
      queryTextMode: "raw",
      queryFingerprint: null,
      queryId: null,
      blockedBy: [],
      lockWaitStart: null,
      lockMode: null,
      lockType: null,
      lockRelation: null,
    };
    await ingest([
      makePayload(ids, {
        collector: "activity",
        group: "high",
        collectedAt: new Date().toISOString(),
        data: { metrics: [], snapshot: { kind: "postgres.activity", rows: [session] } },
      }),
    ]);
    const path = "snapshots/postgres.activity";
    const o = await get<SnapshotResponse<"postgres.activity">>(owner, path);
    expect(o.rows[0]?.query).toContain("hunter2");
    const v = await get<SnapshotResponse<"postgres.activity">>(viewer, path);
    expect(JSON.stringify(v)).not.toContain("hunter2");
    expect(v.rows[0]?.query).toBe("update users set password = ? where id = ?");
  });
});
