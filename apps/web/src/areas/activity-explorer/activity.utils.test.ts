import { describe, expect, it } from "vitest";
import { bucketSampleTime, neighbourSamples, parseMoment } from "./activity.utils.ts";

describe("bucketSampleTime", () => {
  it("asks for the end of the clicked bucket", () => {
    const now = new Date("2025-03-04T12:00:00Z");
    const start = Date.parse("2025-03-04T11:00:00Z") / 1000;
    expect(bucketSampleTime(start, 60, now)).toBe("2025-03-04T11:00:59.999Z");
  });

  it("never asks for the future", () => {
    const now = new Date("2025-03-04T12:00:05Z");
    const start = Date.parse("2025-03-04T12:00:00Z") / 1000;
    expect(bucketSampleTime(start, 60, now)).toBe("2025-03-04T12:00:05.000Z");
  });
});

describe("neighbourSamples", () => {
  const samples = [
    { collectedAt: "2025-03-04T12:00:00Z" },
    { collectedAt: "2025-03-04T12:00:10Z" },
    { collectedAt: "2025-03-04T12:00:20Z" },
  ];

  it("finds the samples around one", () => {
    expect(neighbourSamples(samples, "2025-03-04T12:00:10.000Z")).toEqual({
      previous: "2025-03-04T12:00:00Z",
      next: "2025-03-04T12:00:20Z",
    });
  });

  it("has no neighbour past either end", () => {
    expect(neighbourSamples(samples, "2025-03-04T12:00:00Z").previous).toBeNull();
    expect(neighbourSamples(samples, "2025-03-04T12:00:20Z").next).toBeNull();
    expect(neighbourSamples([], "2025-03-04T12:00:20Z")).toEqual({ previous: null, next: null });
  });
});

describe("parseMoment", () => {
  it("normalizes a time and treats anything else as the latest sample", () => {
    expect(parseMoment("2025-03-04T12:00:00Z")).toBe("2025-03-04T12:00:00.000Z");
    expect(parseMoment(null)).toBeNull();
    expect(parseMoment("yesterday")).toBeNull();
  });
});
