import { describe, expect, it } from "vitest";
import { parseTimeRangeKey, resolveTimeWindow, TIME_RANGES } from "./time-range.ts";

describe("parseTimeRangeKey", () => {
  it("accepts every known range and falls back to one hour", () => {
    for (const range of TIME_RANGES) expect(parseTimeRangeKey(range.key)).toBe(range.key);
    expect(parseTimeRangeKey(null)).toBe("1h");
    expect(parseTimeRangeKey("2y")).toBe("1h");
  });
});

describe("resolveTimeWindow", () => {
  it("ends now and spans the range", () => {
    const now = new Date("2025-03-04T12:00:00.000Z");
    expect(resolveTimeWindow("15m", now)).toEqual({
      from: "2025-03-04T11:45:00.000Z",
      to: "2025-03-04T12:00:00.000Z",
    });
    expect(resolveTimeWindow("7d", now).from).toBe("2025-02-25T12:00:00.000Z");
  });
});
