import type { SeriesResponse } from "@logstag/api-contract";
import { describe, expect, it } from "vitest";
import {
  buildPerLabelChart,
  buildSummedChart,
  hasAnyValue,
  latestValue,
  sumMetric,
  sumValues,
} from "./chart-math.utils.ts";

type Series = SeriesResponse["series"][number];

function series(metric: string, labels: Record<string, string>, values: (number | null)[]): Series {
  return { metric, labels, unit: "count", kind: "counter", values };
}

function response(list: Series[]): SeriesResponse {
  return { from: 0, to: 20, step: 10, timestamps: [0, 10, 20], series: list };
}

const db = (name: string) => ({ database: name });

describe("sumValues", () => {
  it("adds bucket by bucket and keeps all-empty buckets as gaps", () => {
    expect(
      sumValues([
        [1, null, null],
        [2, 5, null],
      ]),
    ).toEqual([3, 5, null]);
  });

  it("pads to the requested length", () => {
    expect(sumValues([[1]], 3)).toEqual([1, null, null]);
    expect(sumValues([], 2)).toEqual([null, null]);
  });
});

describe("sumMetric", () => {
  it("sums over databases and scales", () => {
    const r = response([
      series("postgres.database.deadlocks", db("a"), [0.1, null, null]),
      series("postgres.database.deadlocks", db("b"), [0.1, 0.2, null]),
    ]);
    expect(sumMetric(r, "postgres.database.deadlocks", 10)).toEqual([2, 2, null]);
    expect(sumMetric(r, "postgres.database.tup_fetched")).toBeUndefined();
  });
});

describe("buildSummedChart", () => {
  it("draws the lines that have data, scaled", () => {
    const r = response([series("a", {}, [1, 2, null]), series("a", {}, [1, null, null])]);
    const chart = buildSummedChart(
      r,
      [
        { label: "a/min", metric: "a", color: 0 },
        { label: "b/min", metric: "b", color: 1 },
      ],
      60,
    );
    expect(chart.series.map((s) => [s.label, s.values])).toEqual([["a/min", [120, 120, null]]]);
  });
});

describe("hasAnyValue", () => {
  it("is true once any series has a value", () => {
    expect(hasAnyValue(response([series("x", {}, [null, 1, null])]))).toBe(true);
    expect(hasAnyValue(response([series("x", {}, [null, null, null])]))).toBe(false);
    expect(hasAnyValue(response([]))).toBe(false);
  });
});

describe("buildPerLabelChart", () => {
  it("draws one line per label value in natural order", () => {
    const r = response([
      series("k", { db: "db10" }, [1, 1, 1]),
      series("k", { db: "db2" }, [2, 2, 2]),
      series("other", { db: "db1" }, [3, 3, 3]),
    ]);
    expect(buildPerLabelChart(r, "k", "db", " keys").series.map((s) => s.label)).toEqual([
      "db2 keys",
      "db10 keys",
    ]);
  });
});

describe("latestValue", () => {
  it("takes the newest bucket that has a value", () => {
    const r = response([series("m", {}, [1, 2, null])]);
    expect(latestValue(r, "m")).toBe(2);
    expect(latestValue(r, "missing")).toBeNull();
    expect(latestValue(response([series("m", {}, [null, null, null])]), "m")).toBeNull();
  });
});
