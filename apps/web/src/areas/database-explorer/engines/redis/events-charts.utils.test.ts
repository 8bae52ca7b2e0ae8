import type { SeriesResponse } from "@logstag/api-contract";
import { describe, expect, it } from "vitest";
import {
  buildAclDeniedChart,
  buildLatencyEventsChart,
  formatMilliseconds,
} from "./events-charts.utils.ts";

type Series = SeriesResponse["series"][number];

function series(metric: string, values: (number | null)[], labels = {}): Series {
  return { metric, labels, unit: "count", kind: "gauge", values };
}

function response(list: Series[]): SeriesResponse {
  return { from: 0, to: 20, step: 10, timestamps: [0, 10, 20], series: list };
}

describe("buildLatencyEventsChart", () => {
  it("pairs each event's latest spike with its dashed maximum in one colour", () => {
    const chart = buildLatencyEventsChart(
      response([
        series("redis.latency.max_ms", [40, 40, 40], { event: "fork" }),
        series("redis.latency.latest_ms", [5, 12, null], { event: "command" }),
        series("redis.latency.latest_ms", [40, 3, 3], { event: "fork" }),
        series("redis.latency.max_ms", [12, 12, 12], { event: "command" }),
      ]),
    );
    expect(chart.series.map((s) => [s.label, s.dashed ?? false])).toEqual([
      ["command latest", false],
      ["command max", true],
      ["fork latest", false],
      ["fork max", true],
    ]);
    expect(chart.series[0]?.color).toBe(chart.series[1]?.color);
    expect(chart.series[2]?.color).not.toBe(chart.series[0]?.color);
    expect(chart.series[0]?.values).toEqual([5, 12, null]);
  });

  it("has no series when the server records no latency events", () => {
    expect(buildLatencyEventsChart(response([])).series).toEqual([]);
  });
});

describe("buildAclDeniedChart", () => {
  it("counts refusals per minute and per reason", () => {
    const chart = buildAclDeniedChart(
      response([
        series("redis.acl.denied", [0.5, 0, null], { reason: "cmd" }),
        series("redis.acl.denied", [0, 0.1, 0], { reason: "auth" }),
      ]),
    );
    expect(chart.series.map((s) => [s.label, s.values])).toEqual([
      ["auth/min", [0, 6, 0]],
      ["cmd/min", [30, 0, null]],
    ]);
  });
});

describe("formatMilliseconds", () => {
  it.each([
    [0.5, "0.5 ms"],
    [12, "12 ms"],
    [1234, "1.2 s"],
  ])("%d → %s", (value, text) => {
    expect(formatMilliseconds(value)).toBe(text);
  });
});
