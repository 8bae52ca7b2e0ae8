import { describe, expect, it } from "vitest";
import { hasLockWaits, mapActivitySummary, mapSessions, truncateUtf8 } from "./map-activity.ts";

describe("mapActivitySummary", () => {
  it("reports active sessions per wait event type, zeros included, and the activity figures", () => {
    const metrics = mapActivitySummary([
      {
        wait_event_type: null,
        active: "3",
        blocked: "0",
        idle_in_transaction: "0",
        longest_query: 12.3456,
      },
      {
        wait_event_type: "Lock",
        active: "2",
        blocked: "2",
        idle_in_transaction: "0",
        longest_transaction: "40",
      },
      {
        wait_event_type: "Client",
        active: "0",
        blocked: "0",
        idle_in_transaction: "1",
        longest_idle_in_transaction: 7,
      },
      { wait_event_type: "InjectionPoint", active: "1" },
    ]);
    const value = (name: string, type?: string) =>
      metrics.find(
        (m) => m.name === name && (type === undefined || m.labels?.wait_event_type === type),
      )?.value;
    expect(value("postgres.activity.active", "CPU")).toBe(3);
    expect(value("postgres.activity.active", "Lock")).toBe(2);
    expect(value("postgres.activity.active", "IO")).toBe(0);
    expect(value("postgres.activity.active", "InjectionPoint")).toBe(1);
    expect(value("postgres.activity.blocked")).toBe(2);
    expect(value("postgres.activity.idle_in_transaction")).toBe(1);
    expect(value("postgres.activity.longest_transaction")).toBe(40);
    expect(value("postgres.activity.longest_query")).toBe(12.346);
    expect(value("postgres.activity.longest_idle_in_transaction")).toBe(7);
  });

  it("reports zeros when nothing is active", () => {
    const metrics = mapActivitySummary([]);
    expect(metrics.every((m) => m.value === 0)).toBe(true);
    expect(metrics.filter((m) => m.name === "postgres.activity.active")).toHaveLength(10);
  });
});

describe("truncateUtf8", () => {
  it("cuts at 4096 bytes without splitting a character", () => {
    expect(truncateUtf8("select 1")).toEqual({ text: "select 1", truncated: false });
    const cut = truncateUtf8("é".repeat(3000));
    expect(cut.truncated).toBe(true);
    expect(cut.text).toBe("é".repeat(2048));
    const odd = truncateUtf8(`x${"€".repeat(2000)}`);
    expect(Buffer.byteLength(odd.text)).toBeLessThanOrEqual(4096);
    expect(odd.text.endsWith("€")).toBe(true);
  });
});

describe("mapSessions", () => {
  const started = new Date("2025-01-01T00:00:00Z");
  const base = {
    backend_start: started,
    backend_type: "client backend",
    datname: "orders",
    usename: "app",
    application_name: "api",
    xact_start: started,
    query_start: started,
    state_change: started,
    server_truncated: false,
    query_id: "0",
  };

  it("maps sessions with who blocks them and the lock they wait for", () => {
    const rows = [
      {
        ...base,
        pid: 10,
        state: "idle in transaction",
        client_addr: "10.0.0.1",
        client_port: 5000,
        query: "update t set v = 1 where id = 7",
        blocked_by: null,
      },
      {
        ...base,
        pid: 11,
        state: "active",
        wait_event_type: "Lock",
        wait_event: "transactionid",
        client_addr: null,
        client_port: -1,
        query: "update t set v = 2 where id = 7",
        blocked_by: [10],
        query_id: "-42",
      },
    ];
    expect(hasLockWaits(rows)).toBe(true);
    const snapshot = mapSessions(rows, [
      { pid: 11, mode: "ShareLock", locktype: "transactionid", relation: null, waitstart: started },
    ]);
    expect(snapshot.kind).toBe("postgres.activity");
    expect(snapshot.truncated).toBe(false);
    expect(snapshot.rows).toEqual([
      expect.objectContaining({
        pid: 10,
        client: "10.0.0.1:5000",
        blockedBy: [],
        lockMode: null,
        queryId: null,
      }),
      expect.objectContaining({
        pid: 11,
        client: "local",
        blockedBy: [10],
        lockMode: "ShareLock",
        lockType: "transactionid",
        lockWaitStart: "2025-01-01T00:00:00.000Z",
        queryId: "-42",
        backendStart: "2025-01-01T00:00:00.000Z",
      }),
    ]);
    const [a, b] = snapshot.rows as { queryFingerprint: string }[];
    expect(a?.queryFingerprint).toBe(b?.queryFingerprint);
  });

  it("flags text cut by the server or the agent, and caps the rows", () => {
    const rows = Array.from({ length: 1001 }, (_, i) => ({
      ...base,
      pid: i + 1,
      state: "active",
      query: i === 0 ? "x".repeat(5000) : "select 1",
      server_truncated: i === 1,
      blocked_by: null,
    }));
    expect(hasLockWaits(rows)).toBe(false);
    const snapshot = mapSessions(rows, []);
    expect(snapshot.rows).toHaveLength(1000);
    expect(snapshot.truncated).toBe(true);
    const [first, second, third] = snapshot.rows as { queryTruncated: boolean }[];
    expect([first?.queryTruncated, second?.queryTruncated, third?.queryTruncated]).toEqual([
      true,
      true,
      false,
    ]);
  });
});
