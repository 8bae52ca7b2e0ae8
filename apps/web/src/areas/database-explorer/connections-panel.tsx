import type { TimeRangeKey } from "../../lib/time-range.ts";
import { buildConnectionsChart, CONNECTION_METRICS } from "./database-explorer.utils.ts";
import { MetricChartCard } from "./metric-chart-card.tsx";
import { useSeriesQuery } from "./series-query.ts";

export function ConnectionsPanel({ targetId, range }: { targetId: string; range: TimeRangeKey }) {
  const series = useSeriesQuery({ targetId, metrics: CONNECTION_METRICS, range });
  return (
    <MetricChartCard
      title="Connections"
      description="Client backends by state, with the max_connections limit dashed."
      chart={series.data ? buildConnectionsChart(series.data) : undefined}
      isPending={series.isPending}
      isFetching={series.isFetching}
      error={series.error}
      onRetry={() => series.refetch()}
      formatValue={(value) => String(Math.round(value))}
      testId="chart-connections"
    />
  );
}
