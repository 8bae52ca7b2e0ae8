import {
  formatBytes,
  formatBytesPerSecond,
  formatPercent,
  formatSeconds,
} from "../../../../lib/format.utils.ts";
import type { PanelDefinition } from "../../metric-panel-grid.tsx";
import {
  buildConnectionsChart,
  buildTransactionsChart,
  CONNECTION_METRICS,
} from "./connections-charts.utils.ts";
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
  SERVER_METRICS,
} from "./postgres-charts.utils.ts";

const NO_STANDBYS = "No standbys: this server streams WAL to none, and it is not a standby.";

export const POSTGRES_PANELS: readonly PanelDefinition[] = [
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
