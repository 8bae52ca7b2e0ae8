import type { SeriesResponse } from "@logstag/api-contract";
import { describe, expect, it } from "vitest";
import { buildConnectionsChart, buildTransactionsChart } from "./connections-charts.utils.ts";

type Series = SeriesResponse["series"][number];

function series(metric: string, labels: Record<string, string>, values: (number | null)[]): Series {
  const kind = metric.includes("xact") ? "counter" : "gauge";
  return { metric, labels, unit: "count", kind, values };
}

function response(list: Series[]): SeriesResponse {
  return { from: 0, to: 20, step: 10, timestamps: [0, 10, 20], series: list };
}

describe("buildConnectionsChart", () => {
  it("draws one line per state in reading order, then the max as a dashed line", () => {
    const chart = buildConnectionsChart(
      response([
        series("postgres.connections.max", {}, [100, 100, null]),
        series("postgres.connections", { state: "idle" }, [4, 5, null]),
        series("postgres.connections", { state: "weird" }, [0, 0, 0]),
        series("postgres.connections", { state: "active" }, [1, null, 2]),
      ]),
    );
    expect(chart.timestamps).toEqual([0, 10, 20]);
    expect(chart.series.map((s) => s.label)).toEqual([
      "active",
      "idle",
      "weird",
      "max_connections",
    ]);
    expect(chart.series[0]?.values).toEqual([1, null, 2]);
    expect(chart.series.at(-1)).toMatchObject({ dashed: true, values: [100, 100, null] });
    expect(chart.series.slice(0, -1).every((s) => !s.dashed)).toBe(true);
  });

  it("merges series that share a state and names a state-less series 'all'", () => {
    const chart = buildConnectionsChart(
      response([
        series("postgres.connections", { state: "idle" }, [1, 1, null]),
        series("postgres.connections", { state: "idle" }, [2, null, null]),
        series("postgres.connections", {}, [7, 7, 7]),
      ]),
    );
    expect(chart.series.map((s) => [s.label, s.values])).toEqual([
      ["idle", [3, 1, null]],
      ["all", [7, 7, 7]],
    ]);
  });

  it("is empty when nothing was collected", () => {
    expect(buildConnectionsChart(response([])).series).toEqual([]);
  });
});

describe("buildTransactionsChart", () => {
  it("sums commit and rollback rates over databases", () => {
    const chart = buildTransactionsChart(
      response([
        series("postgres.database.xact_commit", { database: "a" }, [1.5, null, 2]),
        series("postgres.database.xact_commit", { database: "b" }, [0.5, null, null]),
        series("postgres.database.xact_rollback", { database: "a" }, [0, null, 0.1]),
        series("postgres.connections", { state: "idle" }, [9, 9, 9]),
      ]),
    );
    expect(chart.series.map((s) => [s.label, s.values])).toEqual([
      ["commits/s", [2, null, 2]],
      ["rollbacks/s", [0, null, 0.1]],
    ]);
  });

  it("leaves out a metric that has no series", () => {
    const chart = buildTransactionsChart(
      response([series("postgres.database.xact_commit", { database: "a" }, [1, 1, 1])]),
    );
    expect(chart.series.map((s) => s.label)).toEqual(["commits/s"]);
  });
});
