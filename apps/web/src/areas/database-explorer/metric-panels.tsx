import type { SeriesResponse } from "@logstag/api-contract";
import { SimpleGrid } from "@mantine/core";
import { useMemo } from "react";
import type { ChartData } from "../../components/time-series-chart.utils.ts";
import type { TimeRangeKey } from "../../lib/time-range.ts";
import {
  buildConnectionsChart,
  buildTransactionsChart,
  CONNECTION_METRICS,
} from "./database-explorer.utils.ts";
import { formatBytes, formatBytesPerSecond, formatPercent, formatSeconds } from "./format.utils.ts";
import { MetricChartCard } from "./metric-chart-card.tsx";
import {
  buildCacheHitChart,
  buildCheckpointsChart,
  buildDeadlocksChart,
  buildReplicationLagBytesChart,
  buildReplicationLagSecondsChart,
  buildTempBytesChart,
  buildTupleChart,
  buildWalChart,
  DATABASE_METRICS,
  hasAnyValue,
  SERVER_METRICS,
} from "./metric-charts.utils.ts";
import { useSeriesQuery } from "./series-query.ts";

interface PanelDefinition {
  title: string;
  description: string;
  /** Panels that share a list share one request (TanStack Query dedupes by key). */
  metrics: readonly string[];
  build: (response: SeriesResponse) => ChartData;
  formatValue?: (value: number) => string;
  /** Text for a chart with no series at all, when that has a meaning of its own. */
  noSeriesText?: string;
  testId: string;
}

const NO_STANDBYS = "No standbys: this server streams WAL to none, and it is not a standby.";

const PANELS: readonly PanelDefinition[] = [
  {
    title: "Connections",
    description: "Client backends by state, with the max_connections limit dashed.",
    metrics: CONNECTION_METRICS,
    build: buildConnectionsChart,
    formatValue: (value) => String(Math.round(value)),
    testId: "chart-connections",
  },
  {
    title: "Transactions per second",
    description: "Commits and rollbacks per second, summed over all databases.",
    metrics: DATABASE_METRICS,
    build: buildTransactionsChart,
    testId: "chart-transactions",
  },
  {
    title: "Cache hit ratio",
    description: "Block requests served from shared buffers instead of read from disk.",
    metrics: DATABASE_METRICS,
    build: buildCacheHitChart,
    formatValue: formatPercent,
    testId: "chart-cache-hit",
  },
  {
    title: "Tuple operations",
    description: "Rows returned, fetched, inserted, updated and deleted per second.",
    metrics: DATABASE_METRICS,
    build: buildTupleChart,
    testId: "chart-tuples",
  },
  {
    title: "Temporary files",
    description:
      "Bytes per second written to temporary files by sorts and hashes that overflowed work_mem.",
    metrics: DATABASE_METRICS,
    build: buildTempBytesChart,
    formatValue: formatBytesPerSecond,
    testId: "chart-temp-bytes",
  },
  {
    title: "Deadlocks",
    description: "Deadlocks detected per minute, summed over all databases.",
    metrics: DATABASE_METRICS,
    build: buildDeadlocksChart,
    testId: "chart-deadlocks",
  },
  {
    title: "WAL generated",
    description: "Bytes of write-ahead log written per second.",
    metrics: SERVER_METRICS,
    build: buildWalChart,
    formatValue: formatBytesPerSecond,
    testId: "chart-wal",
  },
  {
    title: "Checkpoints",
    description: "Per hour: timed by checkpoint_timeout, or requested (max_wal_size, CHECKPOINT).",
    metrics: SERVER_METRICS,
    build: buildCheckpointsChart,
    testId: "chart-checkpoints",
  },
  {
    title: "Replication lag (time)",
    description: "Replay lag of each standby, or of this server when it is a standby.",
    metrics: SERVER_METRICS,
    build: buildReplicationLagSecondsChart,
    formatValue: formatSeconds,
    noSeriesText: NO_STANDBYS,
    testId: "chart-replication-lag",
  },
  {
    title: "Replication lag (bytes)",
    description: "WAL each standby has not replayed yet.",
    metrics: SERVER_METRICS,
    build: buildReplicationLagBytesChart,
    formatValue: formatBytes,
    noSeriesText: NO_STANDBYS,
    testId: "chart-replication-lag-bytes",
  },
];

export function MetricPanels({ targetId, range }: { targetId: string; range: TimeRangeKey }) {
  return (
    <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="md">
      {PANELS.map((panel) => (
        <MetricPanel key={panel.testId} panel={panel} targetId={targetId} range={range} />
      ))}
    </SimpleGrid>
  );
}

function MetricPanel({
  panel,
  targetId,
  range,
}: {
  panel: PanelDefinition;
  targetId: string;
  range: TimeRangeKey;
}) {
  const series = useSeriesQuery({ targetId, metrics: panel.metrics, range });
  const chart = useMemo(
    () => (series.data ? panel.build(series.data) : undefined),
    [series.data, panel],
  );
  return (
    <MetricChartCard
      title={panel.title}
      description={panel.description}
      chart={chart}
      isPending={series.isPending}
      isFetching={series.isFetching}
      error={series.error}
      onRetry={() => series.refetch()}
      formatValue={panel.formatValue}
      emptyText={
        chart?.series.length === 0 && series.data && hasAnyValue(series.data)
          ? panel.noSeriesText
          : undefined
      }
      testId={panel.testId}
    />
  );
}
