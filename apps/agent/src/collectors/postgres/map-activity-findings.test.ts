import type { PostgresSession } from "@logstag/protocol";
import { describe, expect, it } from "vitest";
import {
  mapActivitySummary,
  mapSessions,
  queryTextFor,
  summarizeSessions,
} from "./map-activity.ts";

const at = (s: number) => new Date(Date.UTC(2025, 0, 1, 0, 0, s));

describe("longest transaction and query", () => {
  it("count client backends only, not autovacuum, parallel or logical replication workers", () => {
    const rows = [
      {
        state: "active",
        backend_type: "autovacuum worker",
        xact_start: at(0),
        query_start: at(0),
        sampled_at: at(100),
      },
      {
        state: "active",
        backend_type: "parallel worker",
        xact_start: at(0),
        query_start: at(0),
        sampled_at: at(100),
      },
      {
        state: "active",
        backend_type: "logical replication worker",
        xact_start: at(0),
        query_start: at(0),
        sampled_at: at(100),
      },
      {
        state: "active",
        backend_type: "client backend",
        xact_start: at(90),
        query_start: at(95),
        sampled_at: at(100),
      },
    ];
    const metrics = mapActivitySummary(summarizeSessions(rows));
    const value = (name: string) => metrics.find((m) => m.name === name)?.value;
    expect(value("postgres.activity.longest_transaction")).toBe(10);
    expect(value("postgres.activity.longest_query")).toBe(5);
  });
});

describe("query text modes", () => {
  const text = "select * from cards where number = '4111-1111' and cvv = 123";
  it("normalized (default) replaces literals, raw keeps them, none sends nothing", () => {
    expect(queryTextFor(text, "normalized").query).toBe(
      "select * from cards where number = ? and cvv = ?",
    );
    expect(queryTextFor(text, "raw").query).toBe(text);
    expect(queryTextFor(text, "none")).toMatchObject({ query: null });
    expect(queryTextFor(text, "none").fingerprint).toBe(queryTextFor(text, "raw").fingerprint);
  });

  it("the sample says which mode it was sent in and carries no literal by default", () => {
    const snapshot = mapSessions([{ pid: 1, state: "active", query: text }], []);
    const row = snapshot.rows[0] as PostgresSession;
    expect(row.queryTextMode).toBe("normalized");
    expect(JSON.stringify(snapshot)).not.toContain("4111");
  });
});

describe("prepared transactions", () => {
  it("show as the blocker of a session blocked by pid 0", () => {
    const snapshot = mapSessions(
      [{ pid: 42, state: "active", wait_event_type: "Lock", blocked_by: [0] }],
      [],
      "normalized",
      [{ xid: "731", gid: "tx-orders-1", prepared: at(5), owner: "app", database: "shop" }],
    );
    const rows = snapshot.rows as PostgresSession[];
    expect(rows[0]?.blockedBy).toEqual([-731]);
    expect(rows[1]).toMatchObject({
      pid: -731,
      backendType: "prepared transaction",
      application: "tx-orders-1",
      user: "app",
      database: "shop",
    });
  });
});
