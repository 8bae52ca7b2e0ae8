import type { SeriesResponse } from "@logstag/api-contract";
import { describe, expect, it } from "vitest";
import {
  bucketSampleTime,
  buildAasChart,
  neighbourSamples,
  parseMoment,
} from "./activity.utils.ts";

type Series = SeriesResponse["series"][number];

function active(type: string | undefined, values: (number | null)[]): Series {
  const labels: Record<string, string> = type ? { wait_event_type: type } : {};
  return { metric: "postgres.activity.active", labels, unit: "count", kind: "gauge", values };
}

describe("buildAasChart", () => {
  it("orders wait types CPU first with fixed colors, unknown ones last", () => {
    const chart = buildAasChart({
      from: 0,
      to: 20,
      step: 10,
      timestamps: [0, 10],
      series: [
        active("Lock", [1, 0]),
        active("Zebra", [0, 1]),
        active("CPU", [2, 3]),
        active("IO", [0.5, null]),
        { ...active("CPU", [9, 9]), metric: "postgres.connections" },
      ],
    });
    expect(chart.series.map((s) => s.label)).toEqual(["CPU", "IO", "Lock", "Zebra"]);
    expect(chart.series[0]).toMatchObject({ values: [2, 3], color: "#40c057" });
    expect(chart.series[2]?.color).toBe("#fa5252");
  });

  it("merges series of the same type and calls an unlabelled one CPU", () => {
    const chart = buildAasChart({
      from: 0,
      to: 20,
      step: 10,
      timestamps: [0, 10],
      series: [active("CPU", [1, null]), active(undefined, [2, 3])],
    });
    expect(chart.series.map((s) => [s.label, s.values])).toEqual([["CPU", [3, 3]]]);
  });
});

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
    { sampledAt: "2025-03-04T12:00:00Z" },
    { sampledAt: "2025-03-04T12:00:10Z" },
    { sampledAt: "2025-03-04T12:00:20Z" },
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
