import type { ReportSummary } from "@logstag/api-contract";
import { describe, expect, it } from "vitest";
import {
  applyMinScore,
  DEFAULT_REPORT_FILTERS,
  hasActiveFilters,
  type ReportFilters,
  toReportListQuery,
} from "./reports.utils.ts";

const NOW = new Date("2025-03-04T10:00:00.000Z");
const TARGET = "00000000-0000-4000-8000-000000000001";

function summary(score: number): ReportSummary {
  return {
    id: "00000000-0000-4000-8000-0000000000a1",
    targetId: TARGET,
    targetName: "db",
    engine: "postgres",
    generatedAt: "2025-03-04T09:00:00.000Z",
    trigger: "manual",
    score,
    counts: { checks: 1, passed: 1, findings: 0, muted: 0, notEvaluated: 0 },
    worst: [],
  };
}

const filters = (overrides: Partial<ReportFilters>): ReportFilters => ({
  ...DEFAULT_REPORT_FILTERS,
  ...overrides,
});

describe("toReportListQuery", () => {
  it("asks only for the period when nothing else is filtered", () => {
    expect(toReportListQuery(DEFAULT_REPORT_FILTERS, NOW)).toEqual({
      from: "2025-02-02T10:00:00.000Z",
      limit: 500,
    });
  });

  it("passes target, engine and the top of the score range to the API", () => {
    expect(
      toReportListQuery(
        filters({ targetId: TARGET, engine: "redis", score: [20, 80], period: "1" }),
        NOW,
      ),
    ).toEqual({
      targetId: TARGET,
      engine: "redis",
      maxScore: 80,
      from: "2025-03-03T10:00:00.000Z",
      limit: 500,
    });
  });
});

describe("applyMinScore", () => {
  it("keeps reports at or above the bottom of the range", () => {
    const kept = applyMinScore(
      [summary(10), summary(50), summary(90)],
      filters({ score: [50, 100] }),
    );
    expect(kept.map((r) => r.score)).toEqual([50, 90]);
  });
});

describe("hasActiveFilters", () => {
  it("ignores the period and notices every other filter", () => {
    expect(hasActiveFilters(filters({ period: "7" }))).toBe(false);
    expect(hasActiveFilters(filters({ targetId: TARGET }))).toBe(true);
    expect(hasActiveFilters(filters({ engine: "postgres" }))).toBe(true);
    expect(hasActiveFilters(filters({ score: [1, 100] }))).toBe(true);
    expect(hasActiveFilters(filters({ score: [0, 99] }))).toBe(true);
  });
});
