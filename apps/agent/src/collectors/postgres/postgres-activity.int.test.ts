import type { PostgresSession as SessionRow } from "@logstag/protocol";
import { startTestPostgres, type TestPostgres } from "@logstag/test-support";
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  backendPid,
  Clients,
  collectPayloads,
  metricValue,
  waitUntilLockWait,
} from "../../../test/postgres-helpers.ts";
import { postgresTarget } from "../../../test/targets.ts";

/**
 * The agent watches `watched`; `other` is a copy of it (CREATE DATABASE … TEMPLATE), so a table
 * copied over keeps its oid: the same oid names a different table in each database once renamed.
 */
const WATCHED = "watched";
const OTHER = "other";

let server: TestPostgres;
const clients = new Clients(() => server);
const agentTarget = () => postgresTarget("pg", server, { database: WATCHED });

async function oidOf(client: pg.Client, table: string): Promise<number> {
  const { rows } = await client.query<{ oid: number }>("select $1::regclass::oid as oid", [table]);
  return Number(rows[0]?.oid);
}

beforeAll(async () => {
  // Room for the sessions of the pg_blocking_pids test below.
  server = await startTestPostgres({ settings: { max_connections: "260" } });
  const admin = await clients.connect();
  await admin.query(`create database ${WATCHED}`);
  const watched = await clients.connect({ database: WATCHED });
  await watched.query("create table shared_oid (id int primary key)");
  await watched.query("insert into shared_oid select g from generate_series(1, 100) g");
  await clients.endAll();
  // The template must have no connections while it is copied.
  const again = await clients.connect();
  await again.query(`create database ${OTHER} template ${WATCHED}`);
  await clients.endAll();
});
afterAll(async () => {
  await clients.endAll();
  await server?.stop();
});

describe("relations of other databases", () => {
  it("a lock waited for in another database keeps its oid, never a name from the agent's database", async () => {
    const watched = await clients.connect({ database: WATCHED });
    const other = await clients.connect({ database: OTHER });
    await other.query("alter table shared_oid rename to orders_elsewhere");
    await other.query("create table only_elsewhere (id int)");
    const collidingOid = await oidOf(other, "orders_elsewhere");
    const foreignOid = await oidOf(other, "only_elsewhere");
    // The premise: one oid is a different table in the agent's database, the other no table at all.
    expect(await oidOf(watched, "shared_oid")).toBe(collidingOid);
    const { rows } = await watched.query("select 1 from pg_class where oid = $1", [foreignOid]);
    expect(rows).toEqual([]);

    const holder = await clients.connect({ database: OTHER });
    const [waiterA, waiterB] = [
      await clients.connect({ database: OTHER }),
      await clients.connect({ database: OTHER }),
    ];
    const [pidA, pidB] = [await backendPid(waiterA), await backendPid(waiterB)];
    await holder.query("begin");
    await holder.query("lock table orders_elsewhere, only_elsewhere in access exclusive mode");
    const waits = [
      waiterA.query("begin; lock table orders_elsewhere in access share mode").catch(() => {}),
      waiterB.query("begin; lock table only_elsewhere in access share mode").catch(() => {}),
    ];
    try {
      await waitUntilLockWait(watched, pidA);
      await waitUntilLockWait(watched, pidB);
      const activity = (await collectPayloads(agentTarget())).get("activity");
      expect(activity?.status).toBe("ok");
      const rows = activity?.data.snapshot?.rows as SessionRow[];
      const row = (pid: number) => rows.find((r) => r.pid === pid);
      expect(row(pidA)).toMatchObject({
        database: OTHER,
        lockType: "relation",
        lockMode: "AccessShareLock",
        lockRelation: `${OTHER}: oid ${collidingOid}`,
      });
      expect(row(pidB)).toMatchObject({
        database: OTHER,
        lockType: "relation",
        lockRelation: `${OTHER}: oid ${foreignOid}`,
      });
    } finally {
      await holder.query("rollback");
      await Promise.all(waits);
      await Promise.all([waiterA.query("rollback"), waiterB.query("rollback")]);
      await other.query("alter table orders_elsewhere rename to shared_oid");
      await other.query("drop table only_elsewhere");
      await clients.endAll();
    }
  });

  it("a VACUUM running in another database keeps its table's oid", async () => {
    const watched = await clients.connect({ database: WATCHED });
    const other = await clients.connect({ database: OTHER });
    await other.query("alter table shared_oid rename to vacuumed_elsewhere");
    await other.query("insert into vacuumed_elsewhere select g from generate_series(101, 200) g");
    const oid = await oidOf(other, "vacuumed_elsewhere");
    expect(await oidOf(watched, "shared_oid")).toBe(oid);
    const pinner = await clients.connect({ database: OTHER });
    const vacuumer = await clients.connect({ database: OTHER });
    const pid = await backendPid(vacuumer);
    // An open cursor keeps the table's first page pinned; VACUUM (FREEZE) must freeze the rows on
    // it, so it waits for the pin to go and stays in pg_stat_progress_vacuum meanwhile.
    await pinner.query("begin");
    await pinner.query("declare pinned cursor for select * from vacuumed_elsewhere");
    await pinner.query("fetch 1 from pinned");
    const vacuum = vacuumer.query("vacuum (freeze) vacuumed_elsewhere").catch(() => {});
    try {
      const deadline = Date.now() + 10_000;
      let waiting = false;
      while (!waiting && Date.now() < deadline) {
        const { rows } = await watched.query(
          "select 1 from pg_stat_activity where pid = $1 and wait_event = 'BufferPin'",
          [pid],
        );
        waiting = rows.length > 0;
        if (!waiting) await new Promise((r) => setTimeout(r, 50));
      }
      expect(waiting).toBe(true);
      const progress = (await collectPayloads(agentTarget())).get("progress");
      expect(progress?.status).toBe("ok");
      const rows = progress?.data.snapshot?.rows as { pid: number }[];
      expect(rows.find((r) => r.pid === pid)).toMatchObject({
        command: "vacuum",
        database: OTHER,
        relation: `oid ${oid}`,
      });
    } finally {
      await pinner.query("rollback");
      await vacuum;
      await other.query("alter table vacuumed_elsewhere rename to shared_oid");
      await clients.endAll();
    }
  });

  it("a lock waited for in the agent's own database is named", async () => {
    const holder = await clients.connect({ database: WATCHED });
    const waiter = await clients.connect({ database: WATCHED });
    const pid = await backendPid(waiter);
    await holder.query("begin");
    await holder.query("lock table shared_oid in access exclusive mode");
    const wait = waiter.query("select count(*) from shared_oid").catch(() => {});
    try {
      await waitUntilLockWait(holder, pid);
      const activity = (await collectPayloads(agentTarget())).get("activity");
      const rows = activity?.data.snapshot?.rows as SessionRow[];
      expect(rows.find((r) => r.pid === pid)).toMatchObject({
        database: WATCHED,
        lockRelation: "public.shared_oid",
      });
    } finally {
      await holder.query("rollback");
      await wait;
      await clients.endAll();
    }
  });
});

describe("the agent's own sessions", () => {
  it("are left out by backend pid: a client calling itself logstag-agent is still reported", async () => {
    const impostor = await clients.connect({ database: WATCHED, applicationName: "logstag-agent" });
    const pid = await backendPid(impostor);
    const sleeping = impostor.query("select pg_sleep(2)");
    try {
      await new Promise((r) => setTimeout(r, 200));
      const payloads = await collectPayloads(agentTarget());
      const rows = payloads.get("activity")?.data.snapshot?.rows as SessionRow[];
      // Only the impostor: the agent's own connection (same name, same role) stays out.
      expect(rows.filter((r) => r.application === "logstag-agent").map((r) => r.pid)).toEqual([
        pid,
      ]);
      expect(rows.find((r) => r.pid === pid)).toMatchObject({
        state: "active",
        waitEventType: "Timeout",
        database: WATCHED,
      });
      expect(
        metricValue(payloads.get("instance"), "postgres.connections", { state: "active" }),
      ).toBe(1);
    } finally {
      await sleeping;
      await clients.endAll();
    }
  });
});

describe("sessions waiting on locks", () => {
  it("ask pg_blocking_pids about at most 200 of them, the oldest transactions first", async () => {
    const admin = await clients.connect({ database: WATCHED });
    await admin.query("create table crowded (id int)");
    const holder = await clients.connect({ database: WATCHED });
    const holderPid = await backendPid(holder);
    await holder.query("begin");
    await holder.query("lock table crowded in access exclusive mode");
    const waiters: pg.Client[] = [];
    for (let i = 0; i < 201; i += 20) {
      const batch = Math.min(20, 201 - i);
      waiters.push(
        ...(await Promise.all(
          Array.from({ length: batch }, () => clients.connect({ database: WATCHED })),
        )),
      );
    }
    const waits: Promise<unknown>[] = [];
    // One after the other, so that the last one's transaction is the youngest.
    for (const waiter of waiters) {
      waits.push(waiter.query("begin; lock table crowded in access share mode").catch(() => {}));
      await new Promise((r) => setTimeout(r, 2));
    }
    try {
      const deadline = Date.now() + 30_000;
      let count = 0;
      while (count < 201 && Date.now() < deadline) {
        const { rows } = await admin.query<{ n: number }>(
          "select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock'",
        );
        count = rows[0]?.n ?? 0;
        if (count < 201) await new Promise((r) => setTimeout(r, 100));
      }
      expect(count).toBe(201);
      const youngest = await admin.query<{ pid: number }>(
        "select pid from pg_stat_activity where wait_event_type = 'Lock' order by xact_start desc limit 1",
      );
      const last = youngest.rows[0]?.pid;
      const payloads = await collectPayloads(agentTarget());
      const activity = payloads.get("activity");
      const sampled = (activity?.data.snapshot?.rows ?? []) as SessionRow[];
      const rows = sampled.filter((r) => r.waitEventType === "Lock");
      expect(rows).toHaveLength(201);
      const named = rows.filter((r) => r.blockedBy.length > 0);
      expect(named).toHaveLength(200);
      expect(new Set(named.flatMap((r) => r.blockedBy))).toEqual(new Set([holderPid]));
      expect(rows.filter((r) => r.blockedBy.length === 0).map((r) => r.pid)).toEqual([last]);
      expect(metricValue(activity, "postgres.activity.blocked")).toBe(201);
    } finally {
      await holder.query("rollback");
      await Promise.all(waits);
      await clients.endAll();
      const cleanup = await clients.connect({ database: WATCHED });
      await cleanup.query("drop table crowded");
      await clients.endAll();
    }
  }, 120_000);
});
