import type { BreakdownResponse, SeriesResponse } from "@logstag/api-contract";
import { describe, expect, it } from "vitest";
import {
  buildCommandHistory,
  filterCommands,
  hasPercentiles,
  microsecondsPerCall,
  toCommandRows,
  withCalls,
} from "./commands.utils.ts";

const counter = (increase: number | null, rate: number | null = null) => ({
  increase,
  rate,
  last: null,
  avg: null,
});
const gauge = (last: number) => ({ increase: null, rate: null, last, avg: last });

function breakdown(rows: BreakdownResponse["rows"]): BreakdownResponse {
  return { from: 0, to: 600, by: "command", rows, truncated: false };
}

describe("microsecondsPerCall", () => {
  it("divides the time by the calls, and has no value without calls", () => {
    expect(microsecondsPerCall(300, 100)).toBe(3);
    expect(microsecondsPerCall(300, 0)).toBeNull();
    expect(microsecondsPerCall(null, 10)).toBeNull();
    expect(microsecondsPerCall(10, null)).toBeNull();
  });
});

describe("toCommandRows", () => {
  const response = breakdown([
    {
      key: "set",
      values: {
        "redis.command.calls": counter(600, 1),
        "redis.command.usec": counter(1800, 3),
        "redis.command.failed_calls": counter(0),
        "redis.command.rejected_calls": counter(2),
        "redis.command.latency_p50": gauge(2.5),
        "redis.command.latency_p99": gauge(8),
        "redis.command.latency_p999": gauge(20),
      },
    },
    {
      key: "get",
      values: {
        "redis.command.calls": counter(1200, 2),
        "redis.command.usec": counter(1200, 2),
      },
    },
  ]);

  it("computes µs per call and each command's share of the time", () => {
    const [set, get] = toCommandRows(response);
    expect(set).toEqual({
      command: "set",
      callsPerSecond: 1,
      calls: 600,
      usec: 1800,
      usPerCall: 3,
      timeShare: 60,
      failed: 0,
      rejected: 2,
      p50: 2.5,
      p99: 8,
      p999: 20,
    });
    expect(get?.usPerCall).toBe(1);
    expect(get?.timeShare).toBe(40);
    expect(get?.p99).toBeNull();
  });

  it("has no share when no time was spent at all", () => {
    const rows = toCommandRows(
      breakdown([{ key: "ping", values: { "redis.command.calls": counter(5, 0.1) } }]),
    );
    expect(rows[0]?.timeShare).toBeNull();
    expect(rows[0]?.usPerCall).toBeNull();
  });

  it("knows whether the server reports percentiles", () => {
    const rows = toCommandRows(response);
    expect(hasPercentiles(rows)).toBe(true);
    expect(hasPercentiles(rows.filter((r) => r.command === "get"))).toBe(false);
  });
});

describe("filtering", () => {
  const rows = toCommandRows(
    breakdown([
      { key: "config|get", values: { "redis.command.calls": counter(1) } },
      { key: "get", values: { "redis.command.calls": counter(5) } },
      { key: "flushall", values: { "redis.command.calls": counter(0) } },
      { key: "auth", values: { "redis.command.rejected_calls": counter(3) } },
    ]),
  );

  it("searches names, reading a space as the subcommand separator", () => {
    expect(filterCommands(rows, "GET").map((r) => r.command)).toEqual(["config|get", "get"]);
    expect(filterCommands(rows, "config get").map((r) => r.command)).toEqual(["config|get"]);
    expect(filterCommands(rows, " ")).toHaveLength(4);
  });

  it("keeps commands that were called or rejected in the range", () => {
    expect(withCalls(rows).map((r) => r.command)).toEqual(["config|get", "get", "auth"]);
  });
});

describe("buildCommandHistory", () => {
  const series = (metric: string, command: string, values: (number | null)[]) => ({
    metric: `redis.command.${metric}`,
    labels: { command },
    unit: "count",
    kind: "counter" as const,
    values,
  });
  const response: SeriesResponse = {
    from: 0,
    to: 20,
    step: 10,
    timestamps: [0, 10, 20],
    series: [
      series("calls", "get", [10, 0, null]),
      series("usec", "get", [25, 0, null]),
      series("calls", "set", [1, 1, 1]),
      series("failed_calls", "get", [0, 1, null]),
    ],
  };

  it("draws the chosen command only, with µs per call bucket by bucket", () => {
    const history = buildCommandHistory(response, "get");
    expect(history.calls.series[0]?.values).toEqual([10, 0, null]);
    expect(history.usPerCall.series[0]?.values).toEqual([2.5, null, null]);
    expect(history.failed.series[0]?.values).toEqual([0, 1, null]);
  });

  it("has empty charts for what the command never reported", () => {
    const history = buildCommandHistory(response, "set");
    expect(history.calls.series).toHaveLength(1);
    expect(history.usPerCall.series).toEqual([]);
    expect(history.failed.series).toEqual([]);
  });
});
