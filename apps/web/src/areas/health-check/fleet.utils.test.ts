import type { FleetEntry, ReportSummary } from "@logstag/api-contract";
import { describe, expect, it } from "vitest";
import { describeFleet, missingScoreReason, sortFleet } from "./fleet.utils.ts";

function summary(score: number): ReportSummary {
  return {
    id: "00000000-0000-4000-8000-0000000000a1",
    targetId: "00000000-0000-4000-8000-000000000001",
    targetName: "db",
    engine: "postgres",
    generatedAt: "2025-03-04T10:00:00.000Z",
    trigger: "schedule",
    score,
    counts: { checks: 10, passed: 8, findings: 2, muted: 0, notEvaluated: 0 },
    worst: [],
  };
}

function entry(name: string, overrides: Partial<FleetEntry> = {}): FleetEntry {
  return {
    targetId: "00000000-0000-4000-8000-000000000001",
    targetName: name,
    engine: "postgres",
    supported: true,
    latest: null,
    previousScore: null,
    ...overrides,
  };
}

describe("sortFleet", () => {
  it("puts the lowest scores first, then targets without a report, then unsupported engines", () => {
    const sorted = sortFleet([
      entry("mongo", { supported: false, engine: "mongodb" }),
      entry("waiting"),
      entry("good", { latest: summary(95) }),
      entry("bad", { latest: summary(40) }),
    ]);
    expect(sorted.map((e) => e.targetName)).toEqual(["bad", "good", "waiting", "mongo"]);
  });

  it("orders equal scores by name and leaves the input alone", () => {
    const input = [entry("b", { latest: summary(70) }), entry("a", { latest: summary(70) })];
    expect(sortFleet(input).map((e) => e.targetName)).toEqual(["a", "b"]);
    expect(input[0]?.targetName).toBe("b");
  });
});

describe("describeFleet", () => {
  it("counts targets and reports and names the lowest score", () => {
    expect(
      describeFleet([
        entry("a", { latest: summary(80) }),
        entry("b", { latest: summary(55) }),
        entry("c"),
      ]),
    ).toBe("3 targets · 2 with a report · lowest score 55");
  });

  it("reads well for one target and for none with a report", () => {
    expect(describeFleet([entry("a")])).toBe("1 target · 0 with a report");
  });
});

describe("missingScoreReason", () => {
  it("explains unsupported engines and targets waiting for their first report", () => {
    expect(missingScoreReason(entry("m", { supported: false }))).toMatch(/no health checks/);
    expect(missingScoreReason(entry("w"))).toMatch(/first one/);
    expect(missingScoreReason(entry("r", { latest: summary(90) }))).toBeNull();
  });
});
