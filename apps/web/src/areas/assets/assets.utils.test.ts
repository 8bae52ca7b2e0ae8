import type { TargetDiagnostic, TargetSummary } from "@logstag/api-contract";
import { describe, expect, it } from "vitest";
import {
  describeDiagnosticsCount,
  engineLabel,
  explorerPath,
  joinFixes,
  sortAgents,
  sortDiagnostics,
  sortTargets,
  summarizeTargets,
  targetAreaLinks,
  versionLabel,
} from "./assets.utils.ts";

function target(overrides: Partial<TargetSummary>): TargetSummary {
  return {
    id: "00000000-0000-4000-8000-000000000001",
    name: "db",
    engine: "postgres",
    agentId: "00000000-0000-4000-8000-0000000000aa",
    agentName: "agent-1",
    endpoint: null,
    version: null,
    role: null,
    startedAt: null,
    status: "up",
    lastSeenAt: null,
    lastError: null,
    ...overrides,
  };
}

describe("explorerPath", () => {
  it("links PostgreSQL targets to the Database Explorer", () => {
    expect(explorerPath(target({ id: "abc" }))).toBe("/database-explorer/abc");
  });

  it("links Redis and Valkey targets too, and gives engines without support no link", () => {
    expect(explorerPath(target({ id: "r", engine: "valkey" }))).toBe("/database-explorer/r");
    expect(explorerPath(target({ engine: "mongodb" }))).toBeNull();
  });
});

describe("targetAreaLinks", () => {
  it("lists the areas that show the engine", () => {
    expect(targetAreaLinks(target({ id: "p" })).map((l) => l.path)).toEqual([
      "/database-explorer/p",
      "/activity-explorer/p",
      "/query-explorer/p",
      "/schema-explorer/p",
    ]);
    expect(targetAreaLinks(target({ id: "r", engine: "redis" })).map((l) => l.title)).toEqual([
      "Database Explorer",
      "Activity Explorer",
      "Query Explorer",
    ]);
    expect(targetAreaLinks(target({ engine: "oracle" }))).toEqual([]);
  });
});

describe("versionLabel", () => {
  it("names the engine with its version", () => {
    expect(versionLabel(target({ engine: "valkey", version: "8.0.1" }))).toBe("Valkey 8.0.1");
    expect(versionLabel(target({ version: "PostgreSQL 17.2 on x86_64-pc-linux-gnu" }))).toBe(
      "PostgreSQL 17.2",
    );
    expect(versionLabel(target({ version: null }))).toBeNull();
  });
});

describe("engineLabel", () => {
  it("uses the protocol's labels", () => {
    expect(engineLabel("postgres")).toBe("PostgreSQL");
    expect(engineLabel("mysql")).toBe("MySQL / MariaDB");
  });
});

describe("sortTargets", () => {
  it("puts problems first, then sorts by name", () => {
    const sorted = sortTargets([
      target({ name: "b", status: "up" }),
      target({ name: "a", status: "up" }),
      target({ name: "z", status: "down" }),
      target({ name: "s", status: "stale" }),
      target({ name: "p", status: "pending" }),
      target({ name: "d", status: "degraded" }),
    ]);
    expect(sorted.map((t) => t.name)).toEqual(["z", "d", "s", "p", "a", "b"]);
  });

  it("does not reorder its input", () => {
    const input = [target({ name: "b" }), target({ name: "a" })];
    sortTargets(input);
    expect(input.map((t) => t.name)).toEqual(["b", "a"]);
  });
});

describe("sortAgents", () => {
  it("sorts by name", () => {
    const agent = { id: "x", hostname: "h", version: "1", registeredAt: "", lastSeenAt: null };
    expect(
      sortAgents([
        { ...agent, name: "b" },
        { ...agent, name: "a" },
      ]).map((a) => a.name),
    ).toEqual(["a", "b"]);
  });
});

describe("summarizeTargets", () => {
  it("counts targets by status", () => {
    expect(
      summarizeTargets([
        target({ status: "up" }),
        target({ status: "up" }),
        target({ status: "down" }),
        target({ status: "degraded" }),
      ]),
    ).toBe("4 targets · 2 up · 1 degraded · 1 down");
    expect(summarizeTargets([target({ status: "pending" })])).toBe("1 target · 1 pending");
    expect(summarizeTargets([])).toBe("0 targets");
  });
});

describe("diagnostics", () => {
  const diagnostic = (collector: string, code: string, fix: string): TargetDiagnostic => ({
    collector,
    code,
    missing: `missing ${code}`,
    impact: "some figures stay empty",
    fix,
    reportedAt: "2025-03-04T12:00:00Z",
  });

  it("counts what is missing", () => {
    expect(describeDiagnosticsCount(2)).toBe("2 missing");
  });

  it("sorts by collector and code", () => {
    const sorted = sortDiagnostics([
      diagnostic("statements", "pg_stat_statements", "create extension pg_stat_statements;"),
      diagnostic("activity", "pg_read_all_stats", "grant pg_monitor to logstag;"),
      diagnostic("activity", "pg_monitor", "grant pg_monitor to logstag;"),
    ]);
    expect(sorted.map((d) => d.code)).toEqual([
      "pg_monitor",
      "pg_read_all_stats",
      "pg_stat_statements",
    ]);
    expect(joinFixes(sorted)).toBe(
      "grant pg_monitor to logstag;\ncreate extension pg_stat_statements;",
    );
  });
});
