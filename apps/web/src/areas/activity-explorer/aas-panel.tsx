import { Group, Loader, Paper, Text } from "@mantine/core";
import { useMemo } from "react";
import { ErrorState, LoadingState } from "../../components/page-states.tsx";
import { StackedAreaChart } from "../../components/stacked-area-chart.tsx";
import type { TimeRangeKey } from "../../lib/time-range.ts";
import { useAasSeriesQuery } from "./aas-series-query.ts";
import { bucketSampleTime, buildAasChart } from "./activity.utils.ts";

export function AasPanel({
  targetId,
  range,
  moment,
  onPick,
}: {
  targetId: string;
  range: TimeRangeKey;
  moment: string | null;
  onPick: (at: string) => void;
}) {
  const series = useAasSeriesQuery(targetId, range, true);
  const chart = useMemo(
    () => (series.data ? buildAasChart(series.data) : undefined),
    [series.data],
  );
  const step = series.data?.step ?? 10;
  const markerTime = moment === null ? null : Date.parse(moment) / 1000;

  return (
    <Paper withBorder radius="sm" p="sm">
      <Group justify="space-between" mb={4}>
        <div>
          <Text fw={600} size="sm">
            Average active sessions
          </Text>
          <Text size="xs" c="dimmed">
            Active sessions by wait event type (CPU: running, no wait). Click the chart to see the
            sessions at that moment.
          </Text>
        </div>
        {series.isFetching && !series.isPending && <Loader size={12} />}
      </Group>
      {series.isPending ? (
        <LoadingState label="Loading active sessions…" />
      ) : chart ? (
        <StackedAreaChart
          data={chart}
          height={240}
          onPickTime={(bucketStart) => onPick(bucketSampleTime(bucketStart, step, new Date()))}
          markerTime={markerTime}
          testId="aas-chart"
        />
      ) : (
        <ErrorState
          title="Could not load active sessions"
          error={series.error}
          onRetry={() => series.refetch()}
        />
      )}
    </Paper>
  );
}
