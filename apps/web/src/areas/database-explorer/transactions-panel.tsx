import type { TimeRangeKey } from "../../lib/time-range.ts";
import { buildTransactionsChart, TRANSACTION_METRICS } from "./database-explorer.utils.ts";
import { MetricChartCard } from "./metric-chart-card.tsx";
import { useSeriesQuery } from "./series-query.ts";

export function TransactionsPanel({ targetId, range }: { targetId: string; range: TimeRangeKey }) {
  const series = useSeriesQuery({ targetId, metrics: TRANSACTION_METRICS, range });
  return (
    <MetricChartCard
      title="Transactions per second"
      description="Commits and rollbacks per second, summed over all databases."
      chart={series.data ? buildTransactionsChart(series.data) : undefined}
      isPending={series.isPending}
      isFetching={series.isFetching}
      error={series.error}
      onRetry={() => series.refetch()}
      testId="chart-transactions"
    />
  );
}
