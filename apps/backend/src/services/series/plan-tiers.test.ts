import { describe, expect, it } from "vitest";
import { fitStepToTiers, planSegments, tierForStep } from "./plan-tiers.ts";

const retention = { raw: 7, "1m": 30, "1h": 400, history: 400 };
const DAY = 86_400;
const now = 1_750_000_000;

describe("fitStepToTiers", () => {
  it("keeps short steps over recent ranges", () => {
    expect(fitStepToTiers(10, now - DAY, now, retention)).toBe(10);
    expect(fitStepToTiers(44, now - DAY, now, retention)).toBe(44);
  });

  it("rounds steps of a minute or more to whole minutes, of an hour or more to whole hours", () => {
    expect(fitStepToTiers(90, now - DAY, now, retention)).toBe(120);
    expect(fitStepToTiers(5000, now - DAY, now, retention)).toBe(7200);
  });

  it("moves past a tier whose retention the range outlives", () => {
    expect(fitStepToTiers(30, now - 8 * DAY, now, retention)).toBe(60);
    expect(fitStepToTiers(1800, now - 31 * DAY, now, retention)).toBe(3600);
  });
});

describe("tierForStep", () => {
  it("takes the coarsest rollup that divides the step", () => {
    expect(tierForStep(15)).toBe("raw");
    expect(tierForStep(300)).toBe("1m");
    expect(tierForStep(1800)).toBe("1m");
    expect(tierForStep(10800)).toBe("1h");
  });
});

describe("planSegments", () => {
  it("reads rollups up to their watermarks and raw points after", () => {
    expect(planSegments("1h", 0, 10_000, { "1m": 9_000, "1h": 7_200 })).toEqual([
      { tier: "1h", from: 0, to: 7_200 },
      { tier: "1m", from: 7_200, to: 9_000 },
      { tier: "raw", from: 9_000, to: 10_000 },
    ]);
  });

  it("reads raw points only when nothing is rolled up yet", () => {
    expect(planSegments("1m", 0, 600, { "1m": null, "1h": null })).toEqual([
      { tier: "raw", from: 0, to: 600 },
    ]);
  });

  it("skips raw points when the rollup covers the whole range", () => {
    expect(planSegments("1m", 0, 600, { "1m": 900, "1h": 0 })).toEqual([
      { tier: "1m", from: 0, to: 600 },
    ]);
  });

  it("uses no rollup for steps that are not whole minutes", () => {
    expect(planSegments("raw", 0, 600, { "1m": 900, "1h": 0 })).toEqual([
      { tier: "raw", from: 0, to: 600 },
    ]);
  });
});
