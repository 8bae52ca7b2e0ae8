import { describe, expect, it } from "vitest";
import { healthReportPath, scoreDelta, scoreLook } from "./health-score.utils.ts";

describe("scoreLook", () => {
  it("puts scores into bands at 90, 75 and 50", () => {
    expect(scoreLook(100).label).toBe("good");
    expect(scoreLook(90).label).toBe("good");
    expect(scoreLook(89).label).toBe("fair");
    expect(scoreLook(75).label).toBe("fair");
    expect(scoreLook(74).label).toBe("poor");
    expect(scoreLook(50).label).toBe("poor");
    expect(scoreLook(49)).toEqual({ label: "critical", color: "red" });
    expect(scoreLook(0).label).toBe("critical");
  });

  it("says when there is no report yet", () => {
    expect(scoreLook(null)).toEqual({ label: "no report", color: "gray" });
  });
});

describe("healthReportPath", () => {
  it("opens the latest report without an id and a given report with one", () => {
    expect(healthReportPath("t1")).toBe("/health-check/t1");
    expect(healthReportPath("t1", "r 2")).toBe("/health-check/t1?report=r%202");
  });
});

describe("scoreDelta", () => {
  it("signs the change against the previous score", () => {
    expect(scoreDelta(80, 76)).toBe("+4");
    expect(scoreDelta(60, 72)).toBe("−12");
    expect(scoreDelta(60, 60)).toBe("±0");
    expect(scoreDelta(60, null)).toBeNull();
  });
});
