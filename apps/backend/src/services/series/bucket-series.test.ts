import { describe, expect, it } from "vitest";
import type { BucketRow } from "../../store/series.ts";
import { chooseStep, toChartSeries } from "./bucket-series.ts";

const row = (i: number, r: Partial<BucketRow>): BucketRow => ({
  series_id: 1,
  i,
  count: 1,
  sum: 0,
  increase: 0,
  elapsed: 0,
  resets: 0,
  ...r,
});

describe("toChartSeries", () => {
  const grid = { start: 100, step: 10, count: 4 };

  it("gives a gauge its bucket average and leaves empty buckets null", () => {
    const rows = [row(0, { count: 2, sum: 6 }), row(2, { count: 1, sum: 9 })];
    expect(toChartSeries("gauge", rows, grid)).toEqual({
      values: [3, null, 9, null],
      resets: [],
    });
  });

  it("gives a counter its increase per second of covered time", () => {
    const rows = [row(1, { increase: 600, elapsed: 60 }), row(2, { increase: 30, elapsed: 10 })];
    expect(toChartSeries("counter", rows, grid).values).toEqual([null, 10, 3, null]);
  });

  it("marks a reset and never turns it into a negative or diluted rate", () => {
    const rows = [
      row(0, { increase: 100, elapsed: 10 }),
      // Only interval in the bucket crossed the reset: no rate at all, and the bucket is marked.
      row(1, { increase: 0, elapsed: 0, resets: 1 }),
      // A reset plus one good interval: the rate of the good interval only.
      row(2, { increase: 50, elapsed: 10, resets: 1 }),
    ];
    expect(toChartSeries("counter", rows, grid)).toEqual({
      values: [10, null, 5, null],
      resets: [110, 120],
    });
  });

  it("ignores buckets outside the grid", () => {
    const rows = [row(-1, { count: 1, sum: 1 }), row(4, { count: 1, sum: 1 })];
    expect(toChartSeries("gauge", rows, grid).values).toEqual([null, null, null, null]);
  });
});

describe("chooseStep", () => {
  it("picks a round step giving about 300 points", () => {
    expect(chooseStep(3600, 2000)).toBe(15);
    expect(chooseStep(900, 2000)).toBe(10);
    expect(chooseStep(30 * 86400, 2000)).toBe(10800);
  });

  it("honours a requested step unless it would exceed the point budget", () => {
    expect(chooseStep(3600, 2000, 60)).toBe(60);
    expect(chooseStep(86400, 2000, 10)).toBe(44);
  });
});
