import { describe, expect, it } from "vitest";
import { SAMPLED_AT, session } from "./activity-test-data.ts";
import {
  filterOptions,
  filterSessions,
  idleInTransaction,
  longRunningTransactions,
  NO_FILTERS,
  secondsBetween,
  statementPath,
  waitLabel,
} from "./sessions.utils.ts";

describe("secondsBetween", () => {
  it("measures, clamps at 0 and gives up on missing times", () => {
    expect(secondsBetween("2025-03-04T11:59:00Z", SAMPLED_AT)).toBe(60);
    expect(secondsBetween("2025-03-04T12:01:00Z", SAMPLED_AT)).toBe(0);
    expect(secondsBetween(null, SAMPLED_AT)).toBeNull();
    expect(secondsBetween("nonsense", SAMPLED_AT)).toBeNull();
  });
});

describe("waitLabel", () => {
  it("joins type and event, calls an active session without a wait CPU", () => {
    expect(waitLabel({ waitEventType: "Lock", waitEvent: "relation", state: "active" })).toBe(
      "Lock: relation",
    );
    expect(waitLabel({ waitEventType: "IO", waitEvent: null, state: "active" })).toBe("IO");
    expect(waitLabel({ waitEventType: null, waitEvent: null, state: "active" })).toBe("CPU");
    expect(waitLabel({ waitEventType: null, waitEvent: null, state: "idle" })).toBe("–");
  });
});

const sample = [
  session(1, { state: "active", database: "app", user: "alice" }),
  session(2, {
    state: "idle in transaction",
    database: "app",
    user: "bob",
    waitEventType: "Client",
    waitEvent: "ClientRead",
  }),
  session(3, {
    state: "active",
    database: "billing",
    user: "alice",
    waitEventType: "Lock",
    waitEvent: "relation",
  }),
  session(4, { state: null, database: null, user: null }),
];

describe("filterSessions", () => {
  it("keeps everything without filters", () => {
    expect(filterSessions(sample, NO_FILTERS)).toHaveLength(4);
  });

  it("combines filters", () => {
    const pids = (filters: Partial<typeof NO_FILTERS>) =>
      filterSessions(sample, { ...NO_FILTERS, ...filters }).map((s) => s.pid);
    expect(pids({ user: "alice" })).toEqual([1, 3]);
    expect(pids({ user: "alice", database: "billing" })).toEqual([3]);
    expect(pids({ wait: "CPU" })).toEqual([1]);
    expect(pids({ wait: "Lock: relation", state: "idle" })).toEqual([]);
    expect(pids({ database: "–" })).toEqual([4]);
  });
});

describe("filterOptions", () => {
  it("lists distinct sorted values, with – for missing ones", () => {
    expect(filterOptions(sample)).toEqual({
      state: ["–", "active", "idle in transaction"],
      database: ["–", "app", "billing"],
      user: ["–", "alice", "bob"],
      wait: ["–", "Client: ClientRead", "CPU", "Lock: relation"],
    });
  });
});

describe("longRunningTransactions", () => {
  it("keeps transactions older than the threshold, oldest first", () => {
    const found = longRunningTransactions(
      [
        session(1, { xactStart: "2025-03-04T11:58:00Z" }),
        session(2, { xactStart: "2025-03-04T11:59:30Z" }),
        session(3, { xactStart: "2025-03-04T11:50:00Z" }),
        session(4, { xactStart: null }),
      ],
      SAMPLED_AT,
    );
    expect(found.map((f) => [f.session.pid, f.seconds])).toEqual([
      [3, 600],
      [1, 120],
    ]);
  });
});

describe("idleInTransaction", () => {
  it("measures idleness from the last state change, aborted transactions included", () => {
    const found = idleInTransaction(
      [
        session(1, { state: "idle in transaction", stateChange: "2025-03-04T11:59:00Z" }),
        session(2, { state: "idle in transaction (aborted)", stateChange: "2025-03-04T11:55:00Z" }),
        session(3, { state: "idle in transaction", stateChange: "2025-03-04T11:59:55Z" }),
        session(4, { state: "active", stateChange: "2025-03-04T11:00:00Z" }),
      ],
      SAMPLED_AT,
    );
    expect(found.map((f) => [f.session.pid, f.seconds])).toEqual([
      [2, 300],
      [1, 60],
    ]);
  });
});

describe("statementPath", () => {
  it("links the Query Explorer to the session's query id, database and user", () => {
    expect(statementPath("t-1", session(1, { queryId: "-42", database: "app", user: "web" }))).toBe(
      "/query-explorer/t-1?range=1h&queryId=-42&database=app&user=web",
    );
    expect(statementPath("t-1", session(1, { queryId: "7", database: null, user: null }))).toBe(
      "/query-explorer/t-1?range=1h&queryId=7",
    );
  });
});
