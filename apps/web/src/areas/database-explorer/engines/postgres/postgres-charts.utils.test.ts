import type { SeriesResponse } from "@logstag/api-contract";
import { describe, expect, it } from "vitest";
import {
  buildCacheHitChart,
  buildCheckpointsChart,
  buildDeadlocksChart,
  buildReplicationLagBytesChart,
  buildReplicationLagSecondsChart,
  buildTempBytesChart,
  buildTupleChart,
  buildWalChart,
} from "./postgres-charts.utils.ts";

type Series = SeriesResponse["series"][number];

function series(metric: string, labels: Record<string, string>, values: (number | null)[]): Series {
  return { metric, labels, unit: "count", kind: "counter", values };
}

function response(list: Series[]): SeriesResponse {
  return { from: 0, to: 20, step: 10, timestamps: [0, 10, 20], series: list };
}

const db = (name: string) => ({ database: name });

describe("buildCacheHitChart", () => {
  it("divides hits by all block requests, in percent", () => {
    const chart = buildCacheHitChart(
      response([
        series("postgres.database.blks_hit", db("a"), [90, 0, 50]),
        series("postgres.database.blks_hit", db("b"), [9, 0, null]),
        series("postgres.database.blks_read", db("a"), [1, 0, null]),
      ]),
    );
    expect(chart.series).toHaveLength(1);
    // Bucket 1 had no block requests at all: no ratio. Bucket 2 has no read rate: no ratio.
    expect(chart.series[0]?.values).toEqual([99, null, null]);
  });

  it("has no line until both counters have series", () => {
    const chart = buildCacheHitChart(
      response([series("postgres.database.blks_hit", db("a"), [1, 1, 1])]),
    );
    expect(chart.series).toEqual([]);
  });
});

describe("buildTupleChart", () => {
  it("draws one line per tuple counter that has data, in a fixed order", () => {
    const chart = buildTupleChart(
      response([
        series("postgres.database.tup_deleted", db("a"), [1, 1, 1]),
        series("postgres.database.tup_returned", db("a"), [5, 5, 5]),
        series("postgres.database.tup_returned", db("b"), [1, 1, 1]),
      ]),
    );
    expect(chart.series.map((s) => [s.label, s.values])).toEqual([
      ["returned/s", [6, 6, 6]],
      ["deleted/s", [1, 1, 1]],
    ]);
  });
});

describe("rate scaling", () => {
  it("counts deadlocks per minute and checkpoints per hour", () => {
    const r = response([
      series("postgres.database.deadlocks", db("a"), [0.05, 0, null]),
      series("postgres.checkpointer.timed", {}, [1 / 300, null, 0]),
      series("postgres.checkpointer.requested", {}, [0, 0, 0]),
    ]);
    expect(buildDeadlocksChart(r).series[0]?.values).toEqual([3, 0, null]);
    const checkpoints = buildCheckpointsChart(r);
    expect(checkpoints.series.map((s) => s.label)).toEqual(["timed/h", "requested/h"]);
    expect(checkpoints.series[0]?.values[0]).toBeCloseTo(12);
  });

  it("keeps byte rates per second", () => {
    const r = response([
      series("postgres.database.temp_bytes", db("a"), [1024, null, 0]),
      series("postgres.wal.bytes", {}, [2048, 0, 0]),
    ]);
    expect(buildTempBytesChart(r).series[0]?.values).toEqual([1024, null, 0]);
    expect(buildWalChart(r).series[0]?.values).toEqual([2048, 0, 0]);
  });
});

describe("replication lag", () => {
  it("draws one line per standby on a primary", () => {
    const chart = buildReplicationLagSecondsChart(
      response([
        series(
          "postgres.replication.replay_lag",
          { application_name: "b", client_addr: "10.0.0.2" },
          [1, 1, 1],
        ),
        series("postgres.replication.replay_lag", { application_name: "a" }, [2, 2, 2]),
        series("postgres.replication.lag_bytes", { application_name: "a" }, [9, 9, 9]),
      ]),
    );
    expect(chart.series.map((s) => s.label)).toEqual(["a", "b (10.0.0.2)"]);
  });

  it("draws the server's own lag on a standby", () => {
    const chart = buildReplicationLagBytesChart(
      response([series("postgres.standby.replay_lag_bytes", {}, [5, 5, null])]),
    );
    expect(chart.series.map((s) => [s.label, s.values])).toEqual([["this standby", [5, 5, null]]]);
  });

  it("has no series without standbys", () => {
    const r = response([series("postgres.wal.bytes", {}, [1, 1, 1])]);
    expect(buildReplicationLagSecondsChart(r).series).toEqual([]);
  });
});
