import type { SeriesResponse } from "@logstag/api-contract";
import { type ChartColor, paletteColor } from "../../../../components/chart-colors.ts";
import type { ChartData, ChartSeries } from "../../../../components/time-series-chart.utils.ts";
import { buildPerLabelChart, buildSummedChart, sumMetric } from "../../chart-math.utils.ts";

/** INFO figures of the high interval group, asked for in one request. */
export const SERVER_METRICS = [
  "redis.commands.processed",
  "redis.keyspace.hits",
  "redis.keyspace.misses",
  "redis.memory.used",
  "redis.memory.rss",
  "redis.memory.maxmemory",
  "redis.memory.fragmentation_ratio",
  "redis.clients.connected",
  "redis.clients.blocked",
  "redis.connections.rejected",
  "redis.keys.expired",
  "redis.keys.evicted",
  "redis.net.input_bytes",
  "redis.net.output_bytes",
  "redis.cpu.sys",
  "redis.cpu.user",
  "redis.acl.denied",
] as const;

/** Persistence, replication and keyspace figures of the medium group, asked for in one request. */
export const STATE_METRICS = [
  "redis.persistence.rdb_changes_since_save",
  "redis.persistence.rdb_last_save_age",
  "redis.persistence.rdb_last_bgsave_ok",
  "redis.persistence.rdb_bgsave_in_progress",
  "redis.persistence.aof_enabled",
  "redis.persistence.aof_rewrite_in_progress",
  "redis.persistence.aof_last_write_ok",
  "redis.persistence.aof_last_bgrewrite_ok",
  "redis.replication.lag_bytes",
  "redis.replication.lag_seconds",
  "redis.keyspace.keys",
] as const;

const LIMIT_COLOR: ChartColor = "red";

export function buildOpsChart(response: SeriesResponse): ChartData {
  return buildSummedChart(response, [
    { label: "commands/s", metric: "redis.commands.processed", color: 0 },
  ]);
}

/** Lookups that found their key, in percent; a bucket without lookups is a gap. */
export function buildHitRatioChart(response: SeriesResponse): ChartData {
  const hits = sumMetric(response, "redis.keyspace.hits");
  const misses = sumMetric(response, "redis.keyspace.misses");
  if (!hits || !misses) return { timestamps: response.timestamps, series: [] };
  const values = hits.map((hit, i) => {
    const miss = misses[i];
    if (hit === null || miss == null || hit + miss <= 0) return null;
    return (hit / (hit + miss)) * 100;
  });
  return {
    timestamps: response.timestamps,
    series: [{ label: "hit %", values, color: paletteColor(1) }],
  };
}

/** Used memory and RSS, with maxmemory dashed where a limit is set (0 means none). */
export function buildMemoryChart(response: SeriesResponse): ChartData {
  const chart = buildSummedChart(response, [
    { label: "used", metric: "redis.memory.used", color: 0 },
    { label: "rss", metric: "redis.memory.rss", color: 6 },
  ]);
  const limit = sumMetric(response, "redis.memory.maxmemory");
  const series: ChartSeries[] = [...chart.series];
  if (limit?.some((v) => v !== null && v > 0)) {
    series.push({
      label: "maxmemory",
      values: limit.map((v) => (v === null || v <= 0 ? null : v)),
      color: LIMIT_COLOR,
      dashed: true,
    });
  }
  return { timestamps: response.timestamps, series };
}

/** Whether every maxmemory value reported in the range is 0 (no limit). */
export function hasNoMemoryLimit(response: SeriesResponse): boolean {
  const limit = sumMetric(response, "redis.memory.maxmemory");
  const reported = limit?.filter((v) => v !== null) ?? [];
  return reported.length > 0 && reported.every((v) => v === 0);
}

export function buildFragmentationChart(response: SeriesResponse): ChartData {
  return buildSummedChart(response, [
    { label: "rss / used", metric: "redis.memory.fragmentation_ratio", color: 3 },
  ]);
}

export function buildClientsChart(response: SeriesResponse): ChartData {
  return buildSummedChart(response, [
    { label: "connected", metric: "redis.clients.connected", color: 0 },
    { label: "blocked", metric: "redis.clients.blocked", color: 4 },
  ]);
}

/** Rejections are rare: per minute reads better than a per-second rate of 0.0167. */
export function buildRejectedChart(response: SeriesResponse): ChartData {
  return buildSummedChart(
    response,
    [{ label: "rejected/min", metric: "redis.connections.rejected", color: 5 }],
    60,
  );
}

export function buildKeyRemovalChart(response: SeriesResponse): ChartData {
  return buildSummedChart(response, [
    { label: "evicted/s", metric: "redis.keys.evicted", color: 5 },
    { label: "expired/s", metric: "redis.keys.expired", color: 2 },
  ]);
}

export function buildNetworkChart(response: SeriesResponse): ChartData {
  return buildSummedChart(response, [
    { label: "in", metric: "redis.net.input_bytes", color: 0 },
    { label: "out", metric: "redis.net.output_bytes", color: 1 },
  ]);
}

/** CPU seconds per second, in percent of one core. */
export function buildCpuChart(response: SeriesResponse): ChartData {
  return buildSummedChart(
    response,
    [
      { label: "user %", metric: "redis.cpu.user", color: 0 },
      { label: "sys %", metric: "redis.cpu.sys", color: 4 },
    ],
    100,
  );
}

export function buildUnsavedChangesChart(response: SeriesResponse): ChartData {
  return buildSummedChart(response, [
    { label: "changes", metric: "redis.persistence.rdb_changes_since_save", color: 2 },
  ]);
}

export function buildLastSaveAgeChart(response: SeriesResponse): ChartData {
  return buildSummedChart(response, [
    { label: "since last save", metric: "redis.persistence.rdb_last_save_age", color: 3 },
  ]);
}

export function buildLagBytesChart(response: SeriesResponse): ChartData {
  return buildPerLabelChart(response, "redis.replication.lag_bytes", "replica");
}

export function buildLagSecondsChart(response: SeriesResponse): ChartData {
  return buildPerLabelChart(response, "redis.replication.lag_seconds", "replica");
}

export function buildKeysChart(response: SeriesResponse): ChartData {
  return buildPerLabelChart(response, "redis.keyspace.keys", "db");
}
