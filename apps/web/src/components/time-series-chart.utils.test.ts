import { describe, expect, it } from "vitest";
import {
  type ChartData,
  countPoints,
  formatCompactNumber,
  gapRuns,
  maxBridgeableGapSeconds,
  seriesShapeKey,
  toAlignedColumns,
} from "./time-series-chart.utils.ts";

const data: ChartData = {
  timestamps: [10, 20, 30],
  series: [
    { label: "active", values: [1, null, 3], color: "blue" },
    { label: "max", values: [100, 100, Number.NaN], color: "red", dashed: true },
  ],
};

describe("countPoints", () => {
  it("counts finite values only", () => {
    expect(countPoints(data)).toBe(4);
    expect(countPoints({ timestamps: [], series: [] })).toBe(0);
  });
});

describe("toAlignedColumns", () => {
  it("puts the time axis first", () => {
    expect(toAlignedColumns(data)).toEqual([
      [10, 20, 30],
      [1, null, 3],
      [100, 100, Number.NaN],
    ]);
  });
});

describe("seriesShapeKey", () => {
  it("ignores values but not labels or styles", () => {
    const refreshed = { ...data, series: data.series.map((s) => ({ ...s, values: [0, 0, 0] })) };
    expect(seriesShapeKey(refreshed)).toBe(seriesShapeKey(data));
    const restyled = { ...data, series: data.series.map((s) => ({ ...s, dashed: !s.dashed })) };
    expect(seriesShapeKey(restyled)).not.toBe(seriesShapeKey(data));
  });
});

describe("formatCompactNumber", () => {
  it.each([
    [0, "0"],
    [0.256, "0.26"],
    [3, "3"],
    [12.4, "12"],
    [950, "950"],
    [1234, "1.2k"],
    [3_400_000, "3.4M"],
    [2_000_000_000, "2G"],
    [-1500, "-1.5k"],
  ])("%d → %s", (value, text) => {
    expect(formatCompactNumber(value)).toBe(text);
  });
});

describe("maxBridgeableGapSeconds", () => {
  it("is 2.5× the usual spacing of real samples", () => {
    // 60 s samples on a 15 s grid.
    const timestamps = [0, 15, 30, 45, 60, 75, 90, 105, 120];
    const values = [1, null, null, null, 2, null, null, null, 3];
    expect(maxBridgeableGapSeconds(timestamps, values)).toBe(150);
  });

  it("is 0 with fewer than two samples", () => {
    expect(maxBridgeableGapSeconds([0, 10], [null, 1])).toBe(0);
    expect(maxBridgeableGapSeconds([], [])).toBe(0);
  });
});

describe("gapRuns", () => {
  const timestamps = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90];

  it("bridges short runs and keeps long ones as gaps", () => {
    const values = [1, null, 2, null, null, null, null, null, 3, 4];
    expect(gapRuns(timestamps, values, 25)).toEqual([[3, 7]]);
  });

  it("always breaks at the edges", () => {
    const values = [null, 1, 2, 3, 4, 5, 6, 7, 8, null];
    expect(gapRuns(timestamps, values, 1000)).toEqual([
      [0, 0],
      [9, 9],
    ]);
  });

  it("treats a series with no values as one gap", () => {
    expect(gapRuns([0, 10], [null, null], 100)).toEqual([[0, 1]]);
  });
});
