import { describe, expect, it } from "vitest";
import { formatDuration, parseDuration } from "./duration.ts";

describe("parseDuration", () => {
  it.each([
    ["500ms", 500],
    ["10s", 10_000],
    ["1.5s", 1500],
    ["5m", 300_000],
    ["4h", 14_400_000],
    [" 30s ", 30_000],
    [15, 15_000],
  ])("%j → %i ms", (input, ms) => {
    expect(parseDuration(input)).toBe(ms);
  });

  it.each(["", "10", "10 sec", "-5s", "0s", "5d", "s", "1e3ms", 0, -1, 1.5, true, null])(
    "rejects %j",
    (input) => {
      expect(parseDuration(input)).toBeUndefined();
    },
  );
});

it("formats durations with the largest whole unit", () => {
  expect([500, 10_000, 300_000, 14_400_000, 1500].map(formatDuration)).toEqual([
    "500ms",
    "10s",
    "5m",
    "4h",
    "1500ms",
  ]);
});
