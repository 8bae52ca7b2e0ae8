import { randomUUID } from "node:crypto";
import { type Payload, payloadSchema } from "@logstag/protocol";
import { startTestPostgres, type TestPostgres } from "@logstag/test-support";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postgresTarget } from "../../../test/targets.ts";
import { collectOnce } from "../../scheduler/collect-once.ts";
import { sql } from "../sql.ts";
import { connectPostgres } from "./connect.ts";

let server: TestPostgres;
const clients: pg.Client[] = [];

async function superuser(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  clients.push(client);
  return client;
}

beforeAll(async () => {
  server = await startTestPostgres();
  const admin = await superuser();
  await admin.query("create role monitor login password 'monitor-pw' in role pg_monitor");
  await admin.query("create role nobody login password 'nobody-pw'");
});

afterAll(async () => {
  await Promise.all(clients.map((c) => c.end().catch(() => {})));
  await server?.stop();
});

/** Stamps ids the way the shipper does and validates against the wire schema. */
async function collect(target = postgresTarget("pg", server)): Promise<Map<string, Payload>> {
  const payloads = await collectOnce(target);
  const ids = { agentId: randomUUID(), targetId: randomUUID() };
  return new Map(
    payloads.map(({ payload }) => [payload.collector, payloadSchema.parse({ ...payload, ...ids })]),
  );
}

function metric(p: Payload | undefined, name: string, labels: Record<string, string> = {}) {
  return p?.data.metrics.find(
    (m) => m.name === name && Object.entries(labels).every(([k, v]) => m.labels?.[k] === v),
  )?.value;
}

describe("postgres collectors", () => {
  it("produce valid payloads with plausible instance values", async () => {
    const sleeper = await superuser();
    const idle = await superuser();
    const sleeping = sleeper.query("select pg_sleep(3)");
    await new Promise((r) => setTimeout(r, 200));
    const payloads = await collect();
    await sleeping;
    const instance = payloads.get("instance");
    expect(instance?.status).toBe("ok");
    expect(metric(instance, "postgres.connections.max")).toBeGreaterThan(0);
    expect(metric(instance, "postgres.uptime")).toBeGreaterThanOrEqual(0);
    // The sleeper is the only active client backend: the agent does not count itself.
    expect(metric(instance, "postgres.connections", { state: "active" })).toBe(1);
    expect(metric(instance, "postgres.connections", { state: "idle" })).toBeGreaterThanOrEqual(1);
    expect(instance?.data.inventory).toMatchObject({ role: "primary" });
    expect(instance?.data.inventory?.engineVersion).toMatch(/^PostgreSQL 18/);
    expect(Date.parse(instance?.data.inventory?.startedAt ?? "")).toBeLessThan(Date.now());
    void idle;
  });

  it("read pg_stat_database counters per database, raw", async () => {
    const stats = (await collect()).get("database_stats");
    expect(stats?.status).toBe("ok");
    expect(
      metric(stats, "postgres.database.xact_commit", { database: "postgres" }),
    ).toBeGreaterThan(0);
    expect(
      metric(stats, "postgres.database.numbackends", { database: "postgres" }),
    ).toBeGreaterThan(0);
    expect(stats?.data.metrics.every((m) => typeof m.labels?.database === "string")).toBe(true);
    const databases = new Set(stats?.data.metrics.map((m) => m.labels?.database));
    expect(databases).toEqual(new Set(["postgres", "template0", "template1"]));
  });

  it("set application_name and the statement and lock timeouts on the session", async () => {
    const session = await connectPostgres(
      {
        host: server.host,
        port: server.port,
        database: "postgres",
        user: server.user,
        password: server.password,
        sslmode: "disable",
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

  it("report a wrong password as a connection error naming the user", async () => {
    const payloads = await collect(postgresTarget("pg", server, { password: "wrong" }));
    for (const p of payloads.values()) {
      expect(p.status).toBe("error");
      expect(p.error?.kind).toBe("connection");
      expect(p.error?.message).toMatch(/authentication failed for user "postgres"/);
    }
  });

  it("report an unreachable server as a connection error", async () => {
    const payloads = await collect(postgresTarget("pg", server, { port: 1 }));
    expect([...payloads.values()].map((p) => p.error)).toEqual([
      { kind: "connection", message: "connection refused at 127.0.0.1:1" },
      { kind: "connection", message: "connection refused at 127.0.0.1:1" },
    ]);
  });

  it("work with pg_monitor, and with a plain role that cannot see other sessions' state", async () => {
    const sleeper = await superuser();
    const sleeping = sleeper.query("select pg_sleep(2)");
    await new Promise((r) => setTimeout(r, 200));
    const seen: Record<string, number | undefined> = {};
    for (const [user, password] of [
      ["monitor", "monitor-pw"],
      ["nobody", "nobody-pw"],
    ] as const) {
      const payloads = await collect(postgresTarget("pg", server, { user, password }));
      expect([...payloads.values()].map((p) => [p.collector, p.status])).toEqual([
        ["instance", "ok"],
        ["database_stats", "ok"],
      ]);
      seen[user] = metric(payloads.get("instance"), "postgres.connections", {
        state: user === "monitor" ? "active" : "unknown",
      });
    }
    await sleeping;
    expect(seen).toEqual({ monitor: 1, nobody: expect.any(Number) });
    expect(seen.nobody).toBeGreaterThanOrEqual(1);
  });

  it("report a missing privilege clearly", async () => {
    const admin = await superuser();
    await admin.query("revoke select on pg_catalog.pg_stat_database from public");
    try {
      const payloads = await collect(
        postgresTarget("pg", server, { user: "nobody", password: "nobody-pw" }),
      );
      expect(payloads.get("instance")?.status).toBe("ok");
      expect(payloads.get("database_stats")?.error).toEqual({
        kind: "privilege",
        message: 'permission denied for view pg_stat_database (grant pg_monitor to "nobody")',
      });
    } finally {
      await admin.query("grant select on pg_catalog.pg_stat_database to public");
    }
  });
});
