import type { Finding, HealthReport } from "@logstag/api-contract";
import { CATEGORY_FACTORS, SEVERITY_POINTS } from "@logstag/api-contract";
import { describe, expect, it } from "vitest";
import {
  countBySeverity,
  deductionText,
  diffView,
  formatWeight,
  groupFindings,
  reportSubtitle,
  scoreBreakdown,
  scoreEquation,
  scoreHistoryChart,
  scoringLegend,
  weightFormula,
} from "./report.utils.ts";

const REPORT_ID = "7d1e3c9a-0000-4000-8000-0000000000a2";

function finding(checkId: string, overrides: Partial<Finding> = {}): Finding {
  return {
    checkId,
    title: checkId,
    category: "security",
    severity: "high",
    summary: "",
    evidence: [],
    recommendation: "",
    command: null,
    docsUrl: "",
    weight: 15,
    baseWeight: 15,
    muted: null,
    change: null,
    ...overrides,
  };
}

const MUTE = {
  id: "7d1e3c9a-0000-4000-8000-0000000000b1",
  reason: "r",
  until: "2026-01-01T00:00:00.000Z",
  by: "x",
};

function report(findings: Finding[], diff: Partial<HealthReport["diff"]> = {}): HealthReport {
  return {
    format: "logstag.health-report/v1",
    id: REPORT_ID,
    target: {
      id: "7d1e3c9a-0000-4000-8000-000000000001",
      name: "db",
      engine: "postgres",
      version: null,
      endpoint: null,
    },
    generatedAt: "2025-03-04T10:00:00.000Z",
    trigger: "manual",
    dataWindowHours: 24,
    score: 70,
    scoring: { severityPoints: SEVERITY_POINTS, categoryFactors: CATEGORY_FACTORS, rule: "rule" },
    counts: { checks: 5, passed: 2, findings: findings.length, muted: 0, notEvaluated: 0 },
    findings,
    passed: [],
    notEvaluated: [],
    diff: {
      previousReportId: null,
      previousGeneratedAt: null,
      previousScore: null,
      new: [],
      resolved: [],
      unchanged: [],
      ...diff,
    },
  };
}

describe("weightFormula", () => {
  it("multiplies the severity points by the category factor", () => {
    const r = report([]);
    expect(weightFormula(finding("a"), r.scoring)).toBe("12 × 1.25 = 15");
    const perf = finding("b", { severity: "medium", category: "performance", baseWeight: 5.4 });
    expect(weightFormula(perf, r.scoring)).toBe("6 × 0.9 = 5.4");
  });

  it("keeps one decimal", () => {
    expect(formatWeight(7.5)).toBe("7.5");
    expect(formatWeight(13.200000000000001)).toBe("13.2");
  });
});

describe("scoreBreakdown", () => {
  it("sums what findings take off and what muted ones would", () => {
    const r = report([
      finding("a"),
      finding("b", { weight: 0, baseWeight: 6.6, muted: MUTE }),
      finding("c", { weight: 2.2, baseWeight: 2.2 }),
    ]);
    expect(scoreBreakdown(r)).toEqual({ lost: 17.2, mutedWeight: 6.6, score: 70 });
  });
});

describe("groupFindings", () => {
  it("groups by category in the contract's order, most severe first, and drops empty categories", () => {
    const groups = groupFindings([
      finding("perf-low", { category: "performance", severity: "low", weight: 1.8 }),
      finding("sec-med", { category: "security", severity: "medium", weight: 7.5 }),
      finding("avail", { category: "availability", severity: "critical", weight: 31.3 }),
      finding("sec-crit", { category: "security", severity: "critical", weight: 0, muted: MUTE }),
    ]);
    expect(groups.map((g) => g.category)).toEqual(["availability", "security", "performance"]);
    expect(groups[1]?.findings.map((f) => f.checkId)).toEqual(["sec-crit", "sec-med"]);
    expect(groups[1]?.weight).toBe(7.5);
  });
});

describe("countBySeverity", () => {
  it("counts findings that are not muted per severity", () => {
    expect(
      countBySeverity([
        finding("a"),
        finding("b"),
        finding("c", { severity: "low" }),
        finding("d", { severity: "critical", muted: MUTE }),
      ]),
    ).toEqual([
      ["high", 2],
      ["low", 1],
    ]);
  });
});

describe("diffView", () => {
  it("resolves check ids to this report's findings", () => {
    const r = report([finding("a", { title: "A" }), finding("b", { title: "B" })], {
      previousReportId: "7d1e3c9a-0000-4000-8000-0000000000a1",
      previousScore: 80,
      new: ["a"],
      unchanged: ["b", "gone"],
      resolved: [{ checkId: "c", title: "C", category: "capacity" }],
    });
    const view = diffView(r);
    expect(view.firstReport).toBe(false);
    expect(view.previousScore).toBe(80);
    expect(view.added.map((f) => f.title)).toEqual(["A"]);
    expect(view.unchanged.map((f) => f.title)).toEqual(["B"]);
    expect(view.resolved.map((c) => c.title)).toEqual(["C"]);
  });

  it("says when there is no previous report", () => {
    expect(diffView(report([])).firstReport).toBe(true);
  });
});

describe("scoreHistoryChart", () => {
  it("draws one line over epoch seconds", () => {
    const chart = scoreHistoryChart({
      points: [
        { reportId: REPORT_ID, generatedAt: "2025-03-04T10:00:00.000Z", score: 70 },
        { reportId: REPORT_ID, generatedAt: "2025-03-05T10:00:00.000Z", score: 82 },
      ],
    });
    expect(chart.timestamps).toEqual([1741082400, 1741168800]);
    expect(chart.series.map((s) => [s.label, s.values])).toEqual([["Score", [70, 82]]]);
  });
});

describe("scoringLegend", () => {
  it("lists points per severity and factors per category", () => {
    const legend = scoringLegend(report([]).scoring);
    expect(legend.points).toBe("critical 25 · high 12 · medium 6 · low 2 · info 0");
    expect(legend.factors).toMatch(/^availability ×1.25 · security ×1.25 · replication ×1.1/);
  });
});

describe("scoreEquation", () => {
  it("says when the score is rounded or clamped", () => {
    expect(scoreEquation(30, 70)).toBe("100 − 30 = 70");
    expect(scoreEquation(37.5, 63)).toBe("100 − 37.5 = 63 (rounded)");
    expect(scoreEquation(140, 0)).toBe("100 − 140 = 0 (never below 0)");
  });
});

describe("deductionText", () => {
  it("signs a deduction and leaves zero unsigned", () => {
    expect(deductionText(7.5)).toBe("−7.5");
    expect(deductionText(0)).toBe("0");
  });
});

describe("reportSubtitle", () => {
  it("names the engine version, the time, how the report was made and its data window", () => {
    const r = {
      ...report([]),
      target: { ...report([]).target, version: "PostgreSQL 18.4 on x86_64" },
    };
    expect(reportSubtitle(r)).toMatch(
      /^PostgreSQL 18\.4 · report of \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}, made on demand from the data of the 24 h before$/,
    );
    expect(reportSubtitle({ ...report([]), trigger: "schedule" })).toMatch(
      /^PostgreSQL · .*made on schedule/,
    );
  });
});
