import type { SeriesResponse } from "@logstag/api-contract";
import { paletteColor } from "../../../../components/chart-colors.ts";
import type { ChartData, ChartSeries } from "../../../../components/time-series-chart.utils.ts";
import { buildSummedChart, sumMetric } from "../../chart-math.utils.ts";

/** The per-database counters, asked for in one request. */
export const DATABASE_METRICS = [
  "postgres.database.xact_commit",
  "postgres.database.xact_rollback",
  "postgres.database.blks_read",
  "postgres.database.blks_hit",
  "postgres.database.tup_returned",
  "postgres.database.tup_fetched",
  "postgres.database.tup_inserted",
  "postgres.database.tup_updated",
  "postgres.database.tup_deleted",
  "postgres.database.temp_bytes",
  "postgres.database.deadlocks",
] as const;

/** Instance-wide WAL, checkpoint and replication figures, asked for in one request. */
export const SERVER_METRICS = [
  "postgres.wal.bytes",
  "postgres.checkpointer.timed",
  "postgres.checkpointer.requested",
  "postgres.replication.lag_bytes",
  "postgres.replication.replay_lag",
  "postgres.standby.replay_lag",
  "postgres.standby.replay_lag_bytes",
] as const;

/** Share of block requests served from shared buffers, in percent; no reads at all is a gap. */
export function buildCacheHitChart(response: SeriesResponse): ChartData {
  const hits = sumMetric(response, "postgres.database.blks_hit");
  const reads = sumMetric(response, "postgres.database.blks_read");
  if (!hits || !reads) return { timestamps: response.timestamps, series: [] };
  const values = hits.map((hit, i) => {
    const read = reads[i];
    if (hit === null || read == null || hit + read <= 0) return null;
    return (hit / (hit + read)) * 100;
  });
  return {
    timestamps: response.timestamps,
    series: [{ label: "cache hit %", values, color: paletteColor(1) }],
  };
}

export function buildTupleChart(response: SeriesResponse): ChartData {
  return buildSummedChart(response, [
    { label: "returned/s", metric: "postgres.database.tup_returned", color: 0 },
    { label: "fetched/s", metric: "postgres.database.tup_fetched", color: 6 },
    { label: "inserted/s", metric: "postgres.database.tup_inserted", color: 1 },
    { label: "updated/s", metric: "postgres.database.tup_updated", color: 2 },
    { label: "deleted/s", metric: "postgres.database.tup_deleted", color: 5 },
  ]);
}

export function buildTempBytesChart(response: SeriesResponse): ChartData {
  return buildSummedChart(response, [
    { label: "temp bytes/s", metric: "postgres.database.temp_bytes", color: 4 },
  ]);
}

/** Deadlocks are rare: per minute reads better than a per-second rate of 0.0167. */
export function buildDeadlocksChart(response: SeriesResponse): ChartData {
  return buildSummedChart(
    response,
    [{ label: "deadlocks/min", metric: "postgres.database.deadlocks", color: 5 }],
    60,
  );
}

export function buildWalChart(response: SeriesResponse): ChartData {
  return buildSummedChart(response, [
    { label: "WAL bytes/s", metric: "postgres.wal.bytes", color: 3 },
  ]);
}

/** Checkpoints happen minutes apart, so they are counted per hour. */
export function buildCheckpointsChart(response: SeriesResponse): ChartData {
  return buildSummedChart(
    response,
    [
      { label: "timed/h", metric: "postgres.checkpointer.timed", color: 0 },
      { label: "requested/h", metric: "postgres.checkpointer.requested", color: 4 },
    ],
    3600,
  );
}

/** One line per standby (on a primary) or this server's own lag (on a standby). */
function buildLagChart(response: SeriesResponse, primary: string, standby: string): ChartData {
  const series: ChartSeries[] = [];
  const perStandby = response.series
    .filter((s) => s.metric === primary)
    .map((s) => ({ label: standbyName(s.labels), values: s.values }))
    .sort((a, b) => a.label.localeCompare(b.label));
  for (const line of perStandby) series.push({ ...line, color: paletteColor(series.length) });
  const own = response.series.find((s) => s.metric === standby);
  if (own) series.push({ label: "this standby", values: own.values, color: paletteColor(3) });
  return { timestamps: response.timestamps, series };
}

export function buildReplicationLagSecondsChart(response: SeriesResponse): ChartData {
  return buildLagChart(response, "postgres.replication.replay_lag", "postgres.standby.replay_lag");
}

export function buildReplicationLagBytesChart(response: SeriesResponse): ChartData {
  return buildLagChart(
    response,
    "postgres.replication.lag_bytes",
    "postgres.standby.replay_lag_bytes",
  );
}

function standbyName(labels: Record<string, string>): string {
  const name = labels.application_name;
  const addr = labels.client_addr;
  if (name && addr) return `${name} (${addr})`;
  return name || addr || "standby";
}
