import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  type BackendProcess,
  createTestOrg,
  spawnBackend,
  startTestBackend,
  type TestBackend,
} from "@logstag/backend/testing";
import getPort from "get-port";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import { spoolSegments, startAgentProcess, until } from "./agent-process.ts";
import { before, readSpool, watchSpool } from "./spool-watch.ts";

// A real backend process stopped while a real agent process collects at short intervals: the
// spool keeps every payload through the outage and an agent restart; a small spool budget
// loses only the counted oldest payloads.
let store: TestBackend;
let backend: BackendProcess | undefined;
let port: number;
let dir: string;

beforeAll(async () => {
  store = await startTestBackend();
  port = await getPort({ host: "127.0.0.1" });
  dir = await mkdtemp(join(tmpdir(), "logstag-spool-outage-"));
});
// Each test starts its own backend on the shared port: one left running would answer for the
// next test's backend (which could not listen) and hide its outage.
afterEach(async () => {
  await stopBackend();
});
afterAll(async () => {
  await store?.stop();
  await rm(dir, { recursive: true, force: true });
});

const startBackend = async () => {
  backend = await spawnBackend({ databaseUrl: store.pg.url, port });
};
const stopBackend = async () => {
  await backend?.stop();
  backend = undefined;
};

async function writeAgentConfig(name: string, spool: string): Promise<string> {
  const path = join(dir, `${name}.toml`);
  await writeFile(
    path,
    `[agent]
name = "${name}"

[backend]
url = "http://127.0.0.1:${port}"
api_key_env = "TEST_AGENT_KEY"

[intervals]
high = "1s"
medium = "1s"
low = "2s"

[spool]
dir = "${join(dir, name)}"
${spool}

[[targets]]
name = "pg"
engine = "postgres"
host = "127.0.0.1"
port = ${store.pg.port}
user = "${store.pg.user}"
password = "${store.pg.password}"
`,
  );
  return path;
}

async function storedPayloads(orgId: string): Promise<{ payloadId: string; collector: string }[]> {
  const { rows } = await store.db.query<{ payload_id: string; collector: string }>(
    "select payload_id::text, collector from ingested_payloads where org_id = $1",
    [orgId],
  );
  return rows.map((r) => ({ payloadId: r.payload_id, collector: r.collector }));
}

async function duplicatePoints(orgId: string): Promise<number> {
  const { rows } = await store.db.query<{ n: number }>(
    `select count(*)::int as n from (select series_id, ts from points where org_id = $1
       group by series_id, ts having count(*) > 1) d`,
    [orgId],
  );
  return rows[0]?.n ?? -1;
}

/** Two backend starts and two agent runs per test take longer than the default on a busy machine. */
const SLOW = 180_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const num = (line: Record<string, unknown>, key: string) => Number(line[key]);

it("keeps every payload through a backend outage and an agent restart, stored exactly once", {
  timeout: SLOW,
}, async () => {
  const org = await createTestOrg(store.db);
  const env = { TEST_AGENT_KEY: org.agentKey };
  const config = await writeAgentConfig("outage", "");
  await startBackend();
  const first = startAgentProcess(config, env);
  await until("payloads stored", async () => (await storedPayloads(org.orgId)).length >= 20);
  await stopBackend();
  await sleep(5000);
  const firstStats = await first.stop();
  expect((await spoolSegments(join(dir, "outage"))).length).toBeGreaterThan(0);

  const second = startAgentProcess(config, env);
  await sleep(4000);
  await startBackend();
  await until(
    "the spool to drain",
    async () => (await spoolSegments(join(dir, "outage"))).length === 0,
  );
  await sleep(2000);
  const secondStats = await second.stop();

  const collected = num(firstStats, "enqueued") + num(secondStats, "enqueued");
  expect(num(secondStats, "droppedTotal")).toBe(0);
  expect(num(secondStats, "queued")).toBe(0);
  expect((await storedPayloads(org.orgId)).length).toBe(collected);
  expect(await duplicatePoints(org.orgId)).toBe(0);
  expect(second.output()).toContain("payloads from an earlier run are waiting in the spool");
});

it("loses only the counted oldest payloads when the spool budget is exhausted", {
  timeout: SLOW,
}, async () => {
  const org = await createTestOrg(store.db);
  const env = { TEST_AGENT_KEY: org.agentKey };
  const config = await writeAgentConfig("budget", 'max_size = "96KiB"');
  const spoolDir = join(dir, "budget");
  await startBackend();
  const first = startAgentProcess(config, env);
  const instanceRuns = async () =>
    (await storedPayloads(org.orgId)).filter((p) => p.collector === "instance").length;
  await until("payloads stored", async () => (await instanceRuns()) >= 3);
  await stopBackend();
  // Every segment file the spool writes during the outage, read before it can be dropped. With
  // the backend away nothing is acknowledged: a file that vanishes was dropped.
  const watch = watchSpool(spoolDir);
  await until("the spool to drop payloads", () =>
    first.logs().some((l) => String(l.msg).includes("dropping the oldest payloads")),
  );
  await until("a payload seen on disk to be dropped", async () => {
    const stored = new Set((await storedPayloads(org.orgId)).map((p) => p.payloadId));
    return watch.vanished().some((p) => !stored.has(p.payloadId));
  });
  const firstStats = await first.stop();
  await watch.stop();
  // What the spool kept, sealed on stop. The next run gets a budget that drops nothing more.
  const kept = (await readSpool(spoolDir)).payloads;
  expect(kept.length).toBeGreaterThan(0);
  await writeAgentConfig("budget", 'max_size = "64MiB"');
  await startBackend();
  const second = startAgentProcess(config, env);
  await until("the spool to drain", async () => (await spoolSegments(spoolDir)).length === 0);
  // The early heartbeat after recovery reports the loss.
  await until("the loss to reach the backend", async () => {
    const { rows } = await store.db.query<{ dropped: string | null }>(
      "select dropped_payloads::text as dropped from agents where org_id = $1",
      [org.orgId],
    );
    return Number(rows[0]?.dropped ?? 0) > 0;
  });
  const secondStats = await second.stop();
  const dropped = num(secondStats, "droppedTotal");
  expect(dropped).toBe(num(firstStats, "droppedTotal"));
  expect(dropped).toBeGreaterThan(0);
  const stored = await storedPayloads(org.orgId);
  // Missing: at most the counted ones. A batch on its way when it was dropped may have been
  // stored anyway; it is counted without being missing.
  const missing = num(firstStats, "enqueued") + num(secondStats, "enqueued") - stored.length;
  expect(missing).toBeGreaterThan(0);
  expect(missing).toBeLessThanOrEqual(dropped);
  expect(dropped - missing).toBeLessThanOrEqual(200);
  expect(await duplicatePoints(org.orgId)).toBe(0);
  // The missing ones are the oldest, by the spool's own order (segment, then line): everything
  // it kept is stored, and is newer than every payload seen in it that never arrived.
  const storedIds = new Set(stored.map((p) => p.payloadId));
  const lost = [...watch.seen().values()].filter((p) => !storedIds.has(p.payloadId));
  expect(lost.length).toBeGreaterThan(0);
  expect(kept.filter((p) => !storedIds.has(p.payloadId))).toEqual([]);
  const newestLost = lost.reduce((a, b) => (before(a, b) ? b : a));
  const oldestKept = kept.reduce((a, b) => (before(a, b) ? a : b));
  expect(before(newestLost, oldestKept)).toBe(true);
  const { rows } = await store.db.query<{ dropped: string }>(
    "select dropped_payloads::text as dropped from agents where org_id = $1",
    [org.orgId],
  );
  expect(Number(rows[0]?.dropped)).toBe(dropped);
});
