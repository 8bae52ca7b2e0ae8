import { describe, expect, it } from "vitest";
import { bucketAverage, chooseStep, counterRates } from "./bucket-series.ts";

describe("counterRates", () => {
  it("turns a cumulative counter into per-second rates", () => {
    expect(
      counterRates([
        { t: 0, value: 100 },
        { t: 10, value: 150 },
        { t: 20, value: 150 },
      ]),
    ).toEqual([
      { t: 10, value: 5 },
      { t: 20, value: 0 },
    ]);
  });

  it("treats a decrease as a reset: a new baseline, never a negative rate", () => {
    const rates = counterRates([
      { t: 0, value: 1000 },
      { t: 10, value: 1100 },
      { t: 20, value: 30 },
      { t: 30, value: 80 },
    ]);
    expect(rates).toEqual([
      { t: 10, value: 10 },
      { t: 30, value: 5 },
    ]);
    expect(rates.every((r) => r.value >= 0)).toBe(true);
  });

  it("ignores samples that do not move forward in time", () => {
    expect(
      counterRates([
        { t: 10, value: 1 },
        { t: 10, value: 5 },
      ]),
    ).toEqual([]);
  });
});

describe("bucketAverage", () => {
  it("averages within buckets and leaves empty buckets null", () => {
    const points = [
      { t: 100, value: 2 },
      { t: 105, value: 4 },
      { t: 125, value: 9 },
      { t: 99, value: 1000 },
      { t: 130, value: 1000 },
    ];
    expect(bucketAverage(points, 100, 10, 3)).toEqual([3, null, 9]);
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
