import { CloseButton, SimpleGrid, Text } from "@mantine/core";
import { useMemo } from "react";
import { ErrorState, LoadingState } from "../../../../components/page-states.tsx";
import { TimeSeriesChart } from "../../../../components/time-series-chart.tsx";
import type { TimeRangeKey } from "../../../../lib/time-range.ts";
import { PanelCard } from "../../panel-card.tsx";
import { useSeriesQuery } from "../../series-query.ts";
import { buildCommandHistory, HISTORY_METRICS } from "./commands.utils.ts";

export function CommandHistory(props: {
  targetId: string;
  range: TimeRangeKey;
  command: string;
  onClose: () => void;
}) {
  const series = useSeriesQuery({
    targetId: props.targetId,
    metrics: HISTORY_METRICS,
    range: props.range,
  });
  const history = useMemo(
    () => (series.data ? buildCommandHistory(series.data, props.command) : undefined),
    [series.data, props.command],
  );
  return (
    <PanelCard
      title={`History of ${props.command}`}
      description="Calls per second, CPU time per call and failed calls per second over the range."
      isFetching={series.isFetching && !series.isPending}
      testId="command-history"
      actions={<CloseButton size="sm" aria-label="Close history" onClick={props.onClose} />}
    >
      {series.isPending ? (
        <LoadingState label="Loading history…" />
      ) : !history ? (
        <ErrorState error={series.error} onRetry={() => series.refetch()} />
      ) : (
        <SimpleGrid cols={{ base: 1, lg: 3 }} spacing="md">
          <div>
            <Text size="xs" fw={600} mb={4}>
              Calls/s
            </Text>
            <TimeSeriesChart data={history.calls} height={180} testId="history-calls" />
          </div>
          <div>
            <Text size="xs" fw={600} mb={4}>
              µs per call
            </Text>
            <TimeSeriesChart
              data={history.usPerCall}
              height={180}
              formatValue={(v) => `${Number(v.toFixed(2))} µs`}
              testId="history-us-per-call"
            />
          </div>
          <div>
            <Text size="xs" fw={600} mb={4}>
              Failed/s
            </Text>
            <TimeSeriesChart
              data={history.failed}
              height={180}
              emptyText="No failed calls reported (6.2+)."
              testId="history-failed"
            />
          </div>
        </SimpleGrid>
      )}
    </PanelCard>
  );
}
