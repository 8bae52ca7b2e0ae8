import type { SeriesResponse } from "@logstag/api-contract";
import { Group, Loader, Paper, Text } from "@mantine/core";
import { useMemo } from "react";
import { ErrorState, LoadingState } from "../../components/page-states.tsx";
import { StackedAreaChart } from "../../components/stacked-area-chart.tsx";
import type { ChartData } from "../../components/time-series-chart.utils.ts";
import type { TimeRangeKey } from "../../lib/time-range.ts";
import { bucketSampleTime } from "./activity.utils.ts";
import { useSeriesQuery } from "./series-query.ts";

/** A stacked chart over the range; a click picks the moment whose snapshot is shown below. */
export function MomentChartPanel(props: {
  title: string;
  description: string;
  metrics: readonly string[];
  build: (response: SeriesResponse) => ChartData;
  targetId: string;
  range: TimeRangeKey;
  moment: string | null;
  onPick: (at: string) => void;
  testId: string;
}) {
  const { build } = props;
  const series = useSeriesQuery({
    targetId: props.targetId,
    metrics: props.metrics,
    range: props.range,
  });
  const chart = useMemo(() => (series.data ? build(series.data) : undefined), [series.data, build]);
  const step = series.data?.step ?? 10;
  const markerTime = props.moment === null ? null : Date.parse(props.moment) / 1000;

  return (
    <Paper withBorder radius="sm" p="sm">
      <Group justify="space-between" mb={4}>
        <div>
          <Text fw={600} size="sm">
            {props.title}
          </Text>
          <Text size="xs" c="dimmed">
            {props.description}
          </Text>
        </div>
        {series.isFetching && !series.isPending && <Loader size={12} />}
      </Group>
      {series.isPending ? (
        <LoadingState label="Loading series…" />
      ) : chart ? (
        <StackedAreaChart
          data={chart}
          height={240}
          onPickTime={(bucketStart) =>
            props.onPick(bucketSampleTime(bucketStart, step, new Date()))
          }
          markerTime={markerTime}
          testId={props.testId}
        />
      ) : (
        <ErrorState
          title={`Could not load ${props.title.toLowerCase()}`}
          error={series.error}
          onRetry={() => series.refetch()}
        />
      )}
    </Paper>
  );
}
