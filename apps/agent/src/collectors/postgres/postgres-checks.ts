import type { PostgresSession as SessionRow } from "@logstag/protocol";
import type { TestPostgres } from "@logstag/test-support";
import { describe, expect, it } from "vitest";
import {
  backendPid,
  Clients,
  collectPayloads,
  metricValue,
  waitUntilLockWait,
} from "../../../test/postgres-helpers.ts";
import { postgresTarget } from "../../../test/targets.ts";
import { sql } from "../sql.ts";
import { connectPostgres } from "./connect.ts";
import { postgres } from "./index.ts";
import { describePostgresError } from "./map.ts";

export const COLLECTORS = postgres.collectors.map((c) => c.name);

/** The PostgreSQL target keys that have defaults, as the config loader fills them. */
const TEST_OPTIONS = {
  queryText: "normalized",
  statementsTop: 100,
  schemaDatabases: 50,
} as const;

export interface ServerExpectations {
  /** Matches the inventory's engineVersion. */
  version: RegExp;
  /** pg_stat_io exists (16+). */
  statIo: boolean;
  /** The server's major version, for columns that come and go between versions. */
  major: number;
}

/**
 * PostgreSQL behaviour beyond the shared suite, against one real server. The server has the
 * roles `monitor` (pg_monitor) and `nobody` (no grants) created by `preparePostgresServer`.
 */
export function postgresChecks(server: () => TestPostgres, expected: ServerExpectations) {
  const clients = new Clients(server);
  const target = (o: Parameters<typeof postgresTarget>[2] = {}) =>
    postgresTarget("pg", server(), o);
  const asMonitor = { user: "monitor", password: "monitor-pw" };
  const asNobody = { user: "nobody", password: "nobody-pw" };

  describe("postgres collectors", () => {
    it("produce a valid payload from every collector, with plausible values", async () => {
      const sleeper = await clients.connect();
      const longText = `select pg_sleep(2) /* ${"x".repeat(3000)} */`;
      const sleeping = sleeper.query(longText);
      await new Promise((r) => setTimeout(r, 200));
      const payloads = await collectPayloads(target(asMonitor));
      await sleeping;
      await clients.endAll();
      expect([...payloads.values()].map((p) => [p.collector, p.status, p.error])).toEqual(
        COLLECTORS.map((c) => [c, "ok", undefined]),
      );
      const instance = payloads.get("instance");
      expect(metricValue(instance, "postgres.connections.max")).toBeGreaterThan(0);
      // The sleeper is the only active client backend: the agent does not count itself.
      expect(metricValue(instance, "postgres.connections", { state: "active" })).toBe(1);
      expect(instance?.data.inventory?.engineVersion).toMatch(expected.version);
      expect(instance?.data.inventory?.role).toBe("primary");

      const activity = payloads.get("activity");
      expect(
        metricValue(activity, "postgres.activity.active", { wait_event_type: "Timeout" }),
      ).toBe(1);
      const rows = activity?.data.snapshot?.rows as SessionRow[];
      const slept = rows.find((r) => r.query?.startsWith("select pg_sleep(?)"));
      expect(slept).toMatchObject({ state: "active", queryTruncated: true, blockedBy: [] });
      expect(slept?.queryFingerprint).toMatch(/^[0-9a-f]{16}$/);
      expect(Buffer.byteLength(slept?.query ?? "")).toBeLessThanOrEqual(1024);
      expect(rows.some((r) => r.application === "logstag-agent")).toBe(false);
      expect(activity?.data.diagnostics).toEqual([]);

      expect(
        metricValue(payloads.get("checkpointer"), "postgres.checkpointer.timed"),
      ).toBeGreaterThanOrEqual(0);
      expect(metricValue(payloads.get("wal"), "postgres.wal.bytes")).toBeGreaterThan(0);
      // pg_stat_wal's write/sync counters exist on 14–17, pg_stat_bgwriter's backend writes on 13–16.
      const walWrites = metricValue(payloads.get("wal"), "postgres.wal.write");
      if (expected.major >= 14 && expected.major <= 17) expect(walWrites).toBeGreaterThanOrEqual(0);
      else expect(walWrites).toBeUndefined();
      const backendWrites = metricValue(
        payloads.get("checkpointer"),
        "postgres.bgwriter.buffers_backend",
      );
      if (expected.major <= 16) expect(backendWrites).toBeGreaterThanOrEqual(0);
      else expect(backendWrites).toBeUndefined();
      // A primary has no restartpoints; 17+ say so, 18+ also count completed checkpoints.
      const checkpointer = payloads.get("checkpointer");
      const restartpoints = metricValue(checkpointer, "postgres.checkpointer.restartpoints_timed");
      if (expected.major >= 17) expect(restartpoints).toBe(0);
      else expect(restartpoints).toBeUndefined();
      const done = metricValue(checkpointer, "postgres.checkpointer.done");
      if (expected.major >= 18) expect(done).toBeGreaterThanOrEqual(0);
      else expect(done).toBeUndefined();
      const io = payloads.get("io")?.data.metrics ?? [];
      expect(io.length > 0).toBe(expected.statIo);
      if (expected.statIo) {
        const relationReads = io.find(
          (m) => m.name === "postgres.io.reads" && m.labels?.object === "relation",
        );
        expect(relationReads?.labels?.context).toMatch(/^(normal|bulkread|bulkwrite|vacuum|init)$/);
        expect(io.some((m) => m.name === "postgres.io.reuses")).toBe(true);
        expect(io.some((m) => m.name === "postgres.io.write_time")).toBe(true);
      }
      expect(metricValue(payloads.get("replication"), "postgres.replication.standbys")).toBe(0);
      expect(payloads.get("progress")?.data.snapshot).toEqual({
        kind: "postgres.progress",
        rows: [],
        truncated: false,
      });
      expect(
        metricValue(payloads.get("wraparound"), "postgres.database.xid_age", {
          database: "postgres",
        }),
      ).toBeGreaterThan(0);
      expect(payloads.get("extensions")?.data.snapshot?.rows).toContainEqual({
        name: "plpgsql",
        version: expect.any(String),
        schema: "pg_catalog",
      });
    });

    it("read pg_stat_database counters per database, raw, and database sizes apart", async () => {
      const payloads = await collectPayloads(target());
      const stats = payloads.get("database_stats");
      expect(stats?.status).toBe("ok");
      const db = { database: "postgres" };
      expect(metricValue(stats, "postgres.database.xact_commit", db)).toBeGreaterThan(0);
      expect(metricValue(stats, "postgres.database.numbackends", db)).toBeGreaterThan(0);
      expect(metricValue(stats, "postgres.database.size", db)).toBeUndefined();
      const sessions = metricValue(stats, "postgres.database.sessions", db);
      if (expected.major >= 14) expect(sessions).toBeGreaterThan(0);
      else expect(sessions).toBeUndefined();
      const databases = new Set(stats?.data.metrics.map((m) => m.labels?.database));
      expect(databases).toEqual(new Set(["postgres", "template0", "template1"]));
      const sizes = payloads.get("database_sizes");
      expect(sizes?.group).toBe("low");
      expect(metricValue(sizes, "postgres.database.size", db)).toBeGreaterThan(1_000_000);
    });

    it("report the session holding back the xmin horizon, the archiver and conflicts", async () => {
      const holder = await clients.connect();
      const other = await clients.connect();
      try {
        await holder.query("begin");
        await holder.query("select txid_current()");
        for (let i = 0; i < 5; i++) await other.query("select txid_current()");
        const payloads = await collectPayloads(target(asMonitor));
        const horizon = payloads.get("xmin_horizon");
        const held = metricValue(horizon, "postgres.xmin_horizon.backends") ?? 0;
        expect(held).toBeGreaterThanOrEqual(5);
        expect(metricValue(horizon, "postgres.xmin_horizon.age")).toBeGreaterThanOrEqual(held);
        expect(horizon?.data.diagnostics).toEqual([]);
        const archiver = payloads.get("archiver");
        expect(metricValue(archiver, "postgres.archiver.failed")).toBe(0);
        expect(metricValue(archiver, "postgres.archiver.failing")).toBe(0);
        const slru = payloads.get("slru")?.data.metrics ?? [];
        expect(slru.some((m) => m.name === "postgres.slru.blks_hit")).toBe(true);
        expect(payloads.get("subscriptions")?.status).toBe("ok");
        expect(
          metricValue(payloads.get("conflicts"), "postgres.database.conflicts_by_type", {
            database: "postgres",
            type: "snapshot",
          }),
        ).toBe(0);
        const logicalSlot = metricValue(
          payloads.get("conflicts"),
          "postgres.database.conflicts_by_type",
          { database: "postgres", type: "logical_slot" },
        );
        if (expected.major >= 16) expect(logicalSlot).toBe(0);
        else expect(logicalSlot).toBeUndefined();
      } finally {
        await holder.query("rollback").catch(() => {});
        await clients.endAll();
      }
    });

    it("read settings with secrets masked and non-defaults flagged, and roles without passwords", async () => {
      const admin = await clients.connect();
      await admin.query("alter system set primary_conninfo = 'host=db user=rep password=s3cret'");
      await admin.query("alter system set max_connections = 123");
      await admin.query("select pg_reload_conf()");
      await new Promise((r) => setTimeout(r, 300));
      try {
        const payloads = await collectPayloads(target());
        const settings = payloads.get("settings");
        const rows = settings?.data.snapshot?.rows as { name: string }[];
        const byName = (name: string) => rows.find((r) => r.name === name);
        expect(byName("primary_conninfo")).toMatchObject({
          setting: "host=db user=rep password=********",
          isDefault: false,
        });
        expect(byName("max_connections")).toMatchObject({ pendingRestart: true });
        expect(metricValue(settings, "postgres.settings.pending_restart")).toBeGreaterThanOrEqual(
          1,
        );
        expect(byName("application_name")).toMatchObject({ isDefault: true });
        expect(JSON.stringify(payloads.get("settings"))).not.toContain("s3cret");
        const roles = payloads.get("roles")?.data.snapshot?.rows;
        expect(roles).toContainEqual(
          expect.objectContaining({ name: "monitor", canLogin: true, memberOf: ["pg_monitor"] }),
        );
        expect(JSON.stringify(roles)).not.toMatch(/SCRAM|md5|password/i);
      } finally {
        await admin.query("alter system reset primary_conninfo");
        await admin.query("alter system reset max_connections");
        await admin.query("select pg_reload_conf()");
        await clients.endAll();
      }
    });

    it("set application_name and the statement and lock timeouts on the session", async () => {
      const s = server();
      const session = await connectPostgres(
        {
          host: s.host,
          port: s.port,
          database: "postgres",
          user: s.user,
          password: s.password,
          sslmode: "disable",
          ...TEST_OPTIONS,
        },
        { timeoutMs: 5000, statementTimeoutMs: 5000 },
      );
      const [settings] = await session.query(sql`
        select current_setting('application_name') as app,
               current_setting('statement_timeout') as st,
               current_setting('lock_timeout') as lt
      `);
      await session.close();
      expect(settings).toEqual({ app: "logstag-agent", st: "5s", lt: "1s" });
    });

    it("work without pg_monitor, and say which grant is missing and how to fix it", async () => {
      const monitor = await collectPayloads(target(asMonitor));
      const nobody = await collectPayloads(target(asNobody));
      for (const payloads of [monitor, nobody]) {
        expect([...payloads.values()].filter((p) => p.status !== "ok")).toEqual([]);
      }
      const codes = (p: Map<string, { data: { diagnostics?: { code: string }[] } }>, c: string) =>
        (p.get(c)?.data.diagnostics ?? []).map((d) => d.code);
      expect(codes(monitor, "activity")).toEqual([]);
      expect(codes(monitor, "settings")).not.toContain("pg_read_all_settings");
      expect(nobody.get("activity")?.data.diagnostics).toEqual([
        {
          code: "pg_read_all_stats",
          missing: "membership in pg_monitor (or pg_read_all_stats)",
          impact: expect.stringContaining("Sessions of other roles"),
          fix: "GRANT pg_monitor TO nobody;",
        },
      ]);
      expect(codes(nobody, "replication")).toEqual(["pg_read_all_stats"]);
      expect(codes(nobody, "settings")).toContain("pg_read_all_settings");
    });

    it("report a revoked view as a privilege error naming the grant", async () => {
      const admin = await clients.connect();
      await admin.query("revoke select on pg_catalog.pg_stat_database from public");
      try {
        const payloads = await collectPayloads(target(asNobody));
        expect(payloads.get("instance")?.status).toBe("ok");
        expect(payloads.get("database_stats")?.error).toEqual({
          kind: "privilege",
          message: 'permission denied for view pg_stat_database (grant pg_monitor to "nobody")',
        });
      } finally {
        await admin.query("grant select on pg_catalog.pg_stat_database to public");
        await clients.endAll();
      }
    });

    it("name who blocks whom: A holds a row lock, B waits for A, C waits for both", async () => {
      const admin = await clients.connect();
      await admin.query("create table if not exists blocking_demo (id int primary key, v int)");
      await admin.query("insert into blocking_demo values (1, 0) on conflict do nothing");
      const [a, b, c] = [await clients.connect(), await clients.connect(), await clients.connect()];
      const [pidA, pidB, pidC] = [await backendPid(a), await backendPid(b), await backendPid(c)];
      await a.query("begin");
      await a.query("update blocking_demo set v = v + 1 where id = 1");
      const waitingB = b.query("update blocking_demo set v = v + 2 where id = 1").catch(() => {});
      await waitUntilLockWait(admin, pidB);
      const waitingC = c
        .query("begin; lock table blocking_demo in access exclusive mode")
        .catch(() => {});
      await waitUntilLockWait(admin, pidC);
      try {
        const activity = (await collectPayloads(target(asMonitor))).get("activity");
        const rows = activity?.data.snapshot?.rows as SessionRow[];
        const row = (pid: number) => rows.find((r) => r.pid === pid);
        expect(row(pidA)).toMatchObject({ state: "idle in transaction", blockedBy: [] });
        expect(row(pidB)).toMatchObject({
          state: "active",
          waitEventType: "Lock",
          blockedBy: [pidA],
          lockMode: "ShareLock",
          lockType: "transactionid",
          query: "update blocking_demo set v = v + ? where id = ?",
        });
        expect(row(pidC)).toMatchObject({
          waitEventType: "Lock",
          lockMode: "AccessExclusiveLock",
          lockType: "relation",
          lockRelation: "public.blocking_demo",
        });
        expect(row(pidC)?.blockedBy).toEqual(expect.arrayContaining([pidA, pidB]));
        expect(metricValue(activity, "postgres.activity.blocked")).toBe(2);
        expect(metricValue(activity, "postgres.activity.active", { wait_event_type: "Lock" })).toBe(
          2,
        );
        expect(metricValue(activity, "postgres.activity.idle_in_transaction")).toBe(1);
      } finally {
        await a.query("rollback");
        await Promise.all([waitingB, waitingC]);
        await c.query("rollback").catch(() => {});
        await admin.query("drop table blocking_demo");
        await clients.endAll();
      }
    });

    it("never wait on a lock: a locked table changes nothing, a locked catalog fails fast", async () => {
      const admin = await clients.connect();
      await admin.query("create table if not exists locked_demo (id int)");
      const holder = await clients.connect();
      await holder.query("begin");
      await holder.query("lock table locked_demo in access exclusive mode");
      const s = server();
      const connection = {
        ...{ host: s.host, port: s.port, database: "postgres", sslmode: "disable" as const },
        ...TEST_OPTIONS,
        ...asMonitor,
      };
      const session = await postgres.connect(connection, {
        timeoutMs: 5000,
        statementTimeoutMs: 5000,
      });
      // lock_timeout (55P03) ends a wait on a lock; statement_timeout (57014) would mean it waited.
      const runAll = async () => {
        const outcomes: Record<string, string> = {};
        for (const collector of postgres.collectors) {
          outcomes[collector.name] = await collector.collect(session).then(
            () => "ok",
            (e: unknown) =>
              (e as { code?: string }).code === "55P03"
                ? "lock timeout"
                : describePostgresError(e, connection).kind,
          );
        }
        return outcomes;
      };
      try {
        expect(Object.values(await runAll())).toEqual(COLLECTORS.map(() => "ok"));
        // Catalog look-ups behind role membership now wait on the lock: lock_timeout ends them.
        await holder.query("lock table pg_catalog.pg_auth_members in access exclusive mode");
        const outcomes = await runAll();
        expect(outcomes.roles).toBe("lock timeout");
        expect(Object.values(outcomes).every((o) => o === "ok" || o === "lock timeout")).toBe(true);
        const { rows } = await admin.query(
          "select state, wait_event_type from pg_stat_activity where application_name = 'logstag-agent'",
        );
        // Idle, not left waiting on the lock (between two reads the wait event may be unset).
        expect(rows.map((r) => [r.state, r.wait_event_type === "Lock"])).toEqual([["idle", false]]);
      } finally {
        await session.close();
        await holder.query("rollback");
        await admin.query("drop table locked_demo");
        await clients.endAll();
      }
    });
  });
}
