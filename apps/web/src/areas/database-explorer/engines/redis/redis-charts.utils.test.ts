import type { SeriesResponse } from "@logstag/api-contract";
import { describe, expect, it } from "vitest";
import { persistenceChecks } from "./persistence.utils.ts";
import {
  buildCpuChart,
  buildHitRatioChart,
  buildKeysChart,
  buildLagBytesChart,
  buildMemoryChart,
  buildRejectedChart,
  hasNoMemoryLimit,
} from "./redis-charts.utils.ts";

type Series = SeriesResponse["series"][number];

function series(metric: string, values: (number | null)[], labels = {}): Series {
  return { metric, labels, unit: "count", kind: "gauge", values };
}

function response(list: Series[]): SeriesResponse {
  return { from: 0, to: 20, step: 10, timestamps: [0, 10, 20], series: list };
}

const lines = (chart: { series: readonly { label: string; values: readonly unknown[] }[] }) =>
  chart.series.map((s) => [s.label, s.values]);

describe("buildHitRatioChart", () => {
  it("divides hits by all lookups, in percent, with gaps where nothing was looked up", () => {
    const r = response([
      series("redis.keyspace.hits", [9, 0, null]),
      series("redis.keyspace.misses", [1, 0, 1]),
    ]);
    expect(lines(buildHitRatioChart(r))).toEqual([["hit %", [90, null, null]]]);
  });

  it("has no line until both counters have series", () => {
    expect(buildHitRatioChart(response([series("redis.keyspace.hits", [1, 1, 1])])).series).toEqual(
      [],
    );
  });
});

describe("buildMemoryChart", () => {
  it("dashes maxmemory where a limit is set", () => {
    const r = response([
      series("redis.memory.used", [10, 20, 30]),
      series("redis.memory.maxmemory", [0, 100, 100]),
    ]);
    const chart = buildMemoryChart(r);
    expect(lines(chart)).toEqual([
      ["used", [10, 20, 30]],
      ["maxmemory", [null, 100, 100]],
    ]);
    expect(chart.series[1]?.dashed).toBe(true);
    expect(hasNoMemoryLimit(r)).toBe(false);
  });

  it("draws no limit line when maxmemory is 0 (no limit)", () => {
    const r = response([
      series("redis.memory.used", [10, 20, 30]),
      series("redis.memory.rss", [15, 25, 35]),
      series("redis.memory.maxmemory", [0, 0, null]),
    ]);
    expect(buildMemoryChart(r).series.map((s) => s.label)).toEqual(["used", "rss"]);
    expect(hasNoMemoryLimit(r)).toBe(true);
    expect(hasNoMemoryLimit(response([series("redis.memory.used", [1, 1, 1])]))).toBe(false);
  });
});

describe("rate scaling", () => {
  it("counts rejected connections per minute and CPU in percent of a core", () => {
    const r = response([
      series("redis.connections.rejected", [0.5, 0, null]),
      series("redis.cpu.user", [0.25, 0.5, null]),
      series("redis.cpu.sys", [0.05, 0, null]),
    ]);
    expect(lines(buildRejectedChart(r))).toEqual([["rejected/min", [30, 0, null]]]);
    expect(lines(buildCpuChart(r))).toEqual([
      ["user %", [25, 50, null]],
      ["sys %", [5, 0, null]],
    ]);
  });
});

describe("per-label charts", () => {
  it("draws keys per db and lag per replica", () => {
    const r = response([
      series("redis.keyspace.keys", [5, 5, 5], { db: "db1" }),
      series("redis.keyspace.keys", [9, 9, 9], { db: "db0" }),
      series("redis.replication.lag_bytes", [0, 10, 0], { replica: "10.0.0.2:6379" }),
    ]);
    expect(buildKeysChart(r).series.map((s) => s.label)).toEqual(["db0", "db1"]);
    expect(lines(buildLagBytesChart(r))).toEqual([["10.0.0.2:6379", [0, 10, 0]]]);
  });
});

describe("persistenceChecks", () => {
  const p = (name: string, values: (number | null)[]) =>
    series(`redis.persistence.${name}`, values);

  it("reads the newest flags", () => {
    const r = response([
      p("rdb_last_bgsave_ok", [1, 0, null]),
      p("rdb_bgsave_in_progress", [0, 0, null]),
      p("aof_enabled", [0, 0, null]),
    ]);
    expect(persistenceChecks(r).map((c) => [c.label, c.state, c.text])).toEqual([
      ["Last RDB save", "failed", "failed"],
      ["Append-only file", "off", "off"],
    ]);
  });

  it("adds the AOF checks when the AOF is on, and says when a save runs", () => {
    const r = response([
      p("rdb_bgsave_in_progress", [0, 1, null]),
      p("aof_enabled", [1, 1, 1]),
      p("aof_last_write_ok", [1, 1, 1]),
      p("aof_rewrite_in_progress", [0, 0, 0]),
      p("aof_last_bgrewrite_ok", [0, 0, 0]),
    ]);
    expect(persistenceChecks(r).map((c) => [c.key, c.state])).toEqual([
      ["rdb-bgsave", "running"],
      ["aof", "ok"],
      ["aof-write", "ok"],
      ["aof-rewrite", "failed"],
    ]);
  });

  it("says what was not reported", () => {
    expect(persistenceChecks(response([])).map((c) => c.state)).toEqual(["unknown", "unknown"]);
  });
});
