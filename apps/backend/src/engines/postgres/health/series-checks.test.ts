import { describe, expect, it } from "vitest";
import type { SeriesSummary } from "../../../health/check-types.ts";
import { counter, gauge, input, NOW, outcome, snapshot } from "../../../health/input-fixture.ts";
import { POSTGRES_HEALTH_CHECKS as CHECKS } from "./index.ts";

const db = (name: string) => ({ labels: { database: name } });
const slot = (name: string) => ({ labels: { slot: name, slot_type: "physical" } });
const standby = { labels: { application_name: "replica1", client_addr: "10.0.0.2" } };
const withSeries = (...series: SeriesSummary[]) => input({ series });

// [check, series that must fire, quoted evidence, series that must pass]
const CASES: [string, SeriesSummary[], RegExp, SeriesSummary[]][] = [
  [
    "postgres.xid_wraparound",
    [gauge("postgres.database.xid_age", 1_200_000_000, db("orders"))],
    /orders is 1,200,000,000/,
    [gauge("postgres.database.xid_age", 90_000_000, db("orders"))],
  ],
  [
    "postgres.mxid_wraparound",
    [gauge("postgres.database.mxid_age", 600_000_000, db("orders"))],
    /600,000,000/,
    [gauge("postgres.database.mxid_age", 1000, db("orders"))],
  ],
  [
    "postgres.connection_headroom",
    [
      gauge("postgres.connections.max", 100),
      gauge("postgres.connections", 70, { labels: { state: "idle" } }),
      gauge("postgres.connections", 25, { labels: { state: "active" } }),
    ],
    /95 of 100/,
    [
      gauge("postgres.connections.max", 100),
      gauge("postgres.connections", 12, { labels: { state: "idle" } }),
    ],
  ],
  [
    "postgres.inactive_replication_slots",
    [
      gauge("postgres.replication.slot.active", 0, slot("old_standby")),
      gauge("postgres.replication.slot.retained_wal", 5 * 1024 ** 3, slot("old_standby")),
    ],
    /5\.0 GB of WAL: old_standby/,
    [
      gauge("postgres.replication.slot.active", 1, slot("s")),
      gauge("postgres.replication.slot.retained_wal", 5 * 1024 ** 3, slot("s")),
    ],
  ],
  [
    "postgres.replication_lag",
    [
      gauge("postgres.replication.standbys", 1),
      gauge("postgres.replication.replay_lag", 300, standby),
      gauge("postgres.replication.lag_bytes", 1e6, standby),
    ],
    /replica1 5 min/,
    [
      gauge("postgres.replication.standbys", 1),
      gauge("postgres.replication.replay_lag", 0.2, standby),
    ],
  ],
  [
    "postgres.standby_disconnected",
    [gauge("postgres.standby.receiver_connected", 0), gauge("postgres.standby.replay_lag", 900)],
    /not connected.*15 min/,
    [gauge("postgres.standby.receiver_connected", 1)],
  ],
  [
    "postgres.checkpoints_requested",
    [counter("postgres.checkpointer.timed", 10), counter("postgres.checkpointer.requested", 40)],
    /40 of 50 checkpoints/,
    [counter("postgres.checkpointer.timed", 48), counter("postgres.checkpointer.requested", 2)],
  ],
  [
    "postgres.temp_files",
    [
      counter("postgres.database.temp_bytes", 5 * 1024 ** 3, db("dwh")),
      counter("postgres.database.temp_files", 120, db("dwh")),
    ],
    /5\.0 GB to 120 temporary files in the last 24 h, most in dwh/,
    [
      counter("postgres.database.temp_bytes", 1024, db("dwh")),
      counter("postgres.database.temp_files", 1, db("dwh")),
    ],
  ],
  [
    "postgres.cache_hit_ratio",
    [
      counter("postgres.database.blks_hit", 500_000, db("shop")),
      counter("postgres.database.blks_read", 500_000, db("shop")),
    ],
    /shop \(50\.0 %\)/,
    [
      counter("postgres.database.blks_hit", 990_000, db("shop")),
      counter("postgres.database.blks_read", 10_000, db("shop")),
    ],
  ],
  [
    "postgres.deadlocks",
    [counter("postgres.database.deadlocks", 3, db("shop"))],
    /3 deadlock\(s\).*shop 3/,
    [counter("postgres.database.deadlocks", 0, db("shop"))],
  ],
  [
    "postgres.long_running_queries",
    [gauge("postgres.activity.longest_query", 7200)],
    /2\.0 h/,
    [gauge("postgres.activity.longest_query", 3)],
  ],
  [
    "postgres.stats_reset_recently",
    [
      counter("postgres.database.xact_commit", 10, { ...db("shop"), resets: 1 }),
      gauge("postgres.uptime", 30 * 86_400),
    ],
    /shop went back to zero/,
    [
      counter("postgres.database.xact_commit", 10, db("shop")),
      gauge("postgres.uptime", 30 * 86_400),
    ],
  ],
];

describe("PostgreSQL series checks", () => {
  it.each(CASES)("%s fires with the values seen", (id, bad, quote) => {
    const result = outcome(CHECKS, id, withSeries(...bad));
    expect(result.status).toBe("fail");
    if (result.status === "fail") expect(result.summary).toMatch(quote);
  });
  it.each(CASES)("%s passes on healthy values", (id, _bad, _quote, good) => {
    expect(outcome(CHECKS, id, withSeries(...good)).status).toBe("pass");
  });
  it.each(CASES)("%s is not evaluated without samples", (id) => {
    expect(
      outcome(
        CHECKS,
        id,
        input({ target: { name: "db", engine: "postgres", version: null, role: null } }),
      ).status,
    ).toBe("not_evaluated");
  });
  it("escalates wraparound with the age", () => {
    const age = (n: number) =>
      outcome(
        CHECKS,
        "postgres.xid_wraparound",
        withSeries(gauge("postgres.database.xid_age", n, db("a"))),
      );
    expect(age(600_000_000)).toMatchObject({ severity: "medium" });
    expect(age(1_600_000_000)).toMatchObject({ severity: "critical" });
  });
  it("calls an old major version out of support", () => {
    const old = input({
      target: { name: "db", engine: "postgres", version: "PostgreSQL 13.16", role: "primary" },
    });
    expect(outcome(CHECKS, "postgres.version_end_of_life", old)).toMatchObject({
      status: "fail",
      summary: expect.stringMatching(/13\.16.*2025-11-13/),
    });
    expect(outcome(CHECKS, "postgres.version_end_of_life", input()).status).toBe("pass");
  });
});

describe("idle in transaction", () => {
  const session = (pid: number, state: string, idleSeconds: number) => ({
    pid,
    backendStart: null,
    backendType: "client backend",
    state,
    waitEventType: "Client",
    waitEvent: "ClientRead",
    database: "shop",
    user: "app",
    application: "billing",
    client: "10.0.0.5:5000",
    xactStart: null,
    queryStart: null,
    stateChange: new Date(NOW.getTime() - idleSeconds * 1000).toISOString(),
    query: "update orders set paid = true where id = $1",
    queryTruncated: false,
    queryFingerprint: null,
    queryId: null,
    blockedBy: [],
    lockWaitStart: null,
    lockMode: null,
    lockType: null,
    lockRelation: null,
  });
  const data = (sessions: object[]) =>
    input({
      snapshots: { "postgres.activity": snapshot(sessions) },
      series: [gauge("postgres.activity.longest_idle_in_transaction", 0)],
    });

  it("names the session, its user and how long it idles", () => {
    const result = outcome(
      CHECKS,
      "postgres.idle_in_transaction",
      data([session(4242, "idle in transaction", 1800), session(7, "active", 0)]),
    );
    expect(result).toMatchObject({
      status: "fail",
      summary: expect.stringMatching(/pid 4242 \(app@shop, billing\) idle for 30 min/),
    });
    if (result.status === "fail") expect(result.command).toContain("pg_terminate_backend(4242)");
  });
  it("passes when transactions are short", () => {
    expect(
      outcome(CHECKS, "postgres.idle_in_transaction", data([session(9, "idle in transaction", 2)]))
        .status,
    ).toBe("pass");
  });
  it("is not evaluated when the role cannot see other sessions", () => {
    const blind = data([]);
    blind.diagnostics = [
      {
        collector: "activity",
        code: "pg_read_all_stats",
        missing: "membership in pg_monitor (or pg_read_all_stats)",
        impact: "Sessions of other roles are not sampled.",
        fix: "GRANT pg_monitor TO nobody;",
      },
    ];
    expect(outcome(CHECKS, "postgres.idle_in_transaction", blind)).toMatchObject({
      status: "not_evaluated",
      reason: expect.stringMatching(/activity collector lacks membership in pg_monitor/),
      fix: "GRANT pg_monitor TO nobody;",
    });
  });
});
