import type {
  AssetsResponse,
  InstanceResponse,
  SeriesResponse,
  SnapshotResponse,
  SnapshotTimesResponse,
} from "@logstag/api-contract";
import {
  createTestOrg,
  signIn,
  startTestBackend,
  type TestBackend,
} from "@logstag/backend/testing";
import { startDebianPostgres, startTestPostgres, type TestPostgres } from "@logstag/test-support";
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { preparePostgresServer } from "../src/collectors/postgres/postgres-conformance.ts";
import { collectOnce } from "../src/scheduler/collect-once.ts";
import { BackendClient } from "./backend-client.ts";
import { backendPid, Clients, waitUntilLockWait } from "./postgres-helpers.ts";
import { postgresTarget } from "./targets.ts";

// Collected by the real collectors, stored by the real backend, read back through the web's APIs.
let backend: TestBackend;
beforeAll(async () => {
  backend = await startTestBackend();
});
afterAll(async () => {
  await backend?.stop();
});

const SERVERS: [string, () => Promise<TestPostgres>][] = [
  ["embedded PostgreSQL 18", startTestPostgres],
  ["Debian PostgreSQL 15", () => startDebianPostgres({ major: 15 })],
];

const COUNTERS = [
  "postgres.database.xact_commit",
  "postgres.database.blks_hit",
  "postgres.database.tup_returned",
  "postgres.wal.bytes",
  "postgres.checkpointer.buffers_written",
  "postgres.bgwriter.buffers_alloc",
];

describe.each(SERVERS)("%s → backend → APIs", (_label, start) => {
  let server: TestPostgres;
  let api: BackendClient;
  let ids: { agentId: string; targetId: string };
  const clients = new Clients(() => server);
  const asMonitor = { user: "monitor", password: "monitor-pw" };
  const target = (o: { user?: string; password?: string } = asMonitor) =>
    postgresTarget("pg", server, o);
  const base = () => `/api/v1/targets/${ids.targetId}`;

  beforeAll(async () => {
    server = await start();
    await preparePostgresServer(server);
    const org = await createTestOrg(backend.db);
    api = new BackendClient(backend.url, org.agentKey, await signIn(backend.url, org));
    ids = await api.register("pg");
  });
  afterAll(async () => {
    await clients.endAll();
    await server?.stop();
  });

  it("shows B blocked by A in the session sample the Activity Explorer reads", async () => {
    const admin = await clients.connect();
    await admin.query("create table if not exists e2e_lock (id int)");
    const [a, b] = [await clients.connect(), await clients.connect()];
    const [pidA, pidB] = [await backendPid(a), await backendPid(b)];
    await a.query("begin; lock table e2e_lock in access exclusive mode");
    const waiting = b.query("select count(*) from e2e_lock").catch(() => {});
    await waitUntilLockWait(admin, pidB);
    const before = new Date(Date.now() - 1000);
    await api.ingest(ids, await collectOnce(target()));
    await a.query("rollback");
    await waiting;

    const { times } = await api.get<SnapshotTimesResponse>(
      `${base()}/snapshots/postgres.activity/times`,
      { from: before.toISOString(), to: new Date(Date.now() + 1000).toISOString() },
    );
    expect(times).toHaveLength(1);
    const sample = await api.get<SnapshotResponse<"postgres.activity">>(
      `${base()}/snapshots/postgres.activity`,
      { at: new Date().toISOString() },
    );
    expect(sample.collectedAt).toBe(times[0]?.collectedAt);
    const row = (pid: number) => sample.rows.find((s) => s.pid === pid);
    expect(row(pidA)).toMatchObject({ state: "idle in transaction", blockedBy: [] });
    expect(row(pidB)).toMatchObject({
      blockedBy: [pidA],
      waitEventType: "Lock",
      lockMode: "AccessShareLock",
      query: "select count(*) from e2e_lock",
    });
    const blocked = await api.get<SeriesResponse>(`${base()}/series`, {
      metrics: "postgres.activity.blocked",
      from: before.toISOString(),
      to: new Date(Date.now() + 1000).toISOString(),
      step: "10",
    });
    expect(blocked.series[0]?.values.filter((v) => v !== null)).toEqual([1]);
    await admin.query("drop table e2e_lock");
  });

  it("answers the Database Explorer's instance, settings and roles", async () => {
    const instance = await api.get<InstanceResponse>(`${base()}/instance`);
    expect(instance).toMatchObject({
      engine: "postgres",
      role: "primary",
      version: expect.stringMatching(/^PostgreSQL/),
    });
    const fact = (key: string) => instance.facts.find((f) => f.key === key)?.value ?? 0;
    expect(fact("max_connections")).toBeGreaterThan(0);
    expect(fact("total_size")).toBeGreaterThan(1_000_000);
    expect(instance.parts.items.map((d) => d.name)).toContain("postgres");
    const settings = await api.get<SnapshotResponse<"postgres.settings">>(
      `${base()}/snapshots/postgres.settings`,
    );
    expect(settings.rows.find((s) => s.name === "max_connections")).toMatchObject({
      context: "postmaster",
    });
    const roles = await api.get<SnapshotResponse<"postgres.roles">>(
      `${base()}/snapshots/postgres.roles`,
    );
    expect(roles.rows.map((r) => r.name)).toContain("monitor");
  });

  it("shows the missing grant on the Assets page until it is granted", async () => {
    const diagnosticsOf = async () =>
      (await api.get<AssetsResponse>("/api/v1/assets")).targets.find((t) => t.id === ids.targetId)
        ?.diagnostics ?? [];
    await api.ingest(ids, await collectOnce(target({ user: "nobody", password: "nobody-pw" })));
    expect(await diagnosticsOf()).toContainEqual(
      expect.objectContaining({
        collector: "activity",
        code: "pg_read_all_stats",
        fix: "GRANT pg_monitor TO nobody;",
      }),
    );
    await api.ingest(ids, await collectOnce(target()));
    expect((await diagnosticsOf()).map((d) => d.code)).not.toContain("pg_read_all_stats");
  });

  it("never charts a negative rate across pg_stat_reset() and a crash that resets statistics", async () => {
    const t0 = Date.now() - 30 * 60_000;
    const at = (minutes: number) => new Date(t0 + minutes * 60_000);
    const load = async (client: pg.Client) => {
      for (let i = 0; i < 50; i++) await client.query("select count(*) from pg_class");
    };
    const statsOnly = async () =>
      (await collectOnce(target())).filter((c) => c.payload.group === "medium");
    let client = await clients.connect();
    await load(client);
    await api.ingest(ids, await statsOnly(), at(0));
    await load(client);
    await api.ingest(ids, await statsOnly(), at(1));
    await client.query("select pg_stat_reset(), pg_stat_reset_shared('bgwriter')");
    await api.ingest(ids, await statsOnly(), at(2));
    // A backend killed by SIGKILL makes the server reinitialize: statistics are lost, while
    // stats_reset and the postmaster start time stay as they were.
    process.kill(await backendPid(client), "SIGKILL");
    client = await reconnectAfterCrash(clients);
    await load(client);
    await api.ingest(ids, await statsOnly(), at(3));

    const series = await api.get<SeriesResponse>(`${base()}/series`, {
      metrics: COUNTERS.join(","),
      from: at(-1).toISOString(),
      to: at(4).toISOString(),
      step: "60",
    });
    const commits = series.series.find(
      (s) => s.metric === "postgres.database.xact_commit" && s.labels.database === "postgres",
    );
    expect(commits?.values.filter((v) => v !== null).length).toBeGreaterThanOrEqual(2);
    for (const s of series.series) {
      expect({ metric: s.metric, negative: s.values.filter((v) => v !== null && v < 0) }).toEqual({
        metric: s.metric,
        negative: [],
      });
    }
  });
});

async function reconnectAfterCrash(clients: Clients): Promise<pg.Client> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const client = await clients.connect();
      await client.query("select 1");
      return client;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}
