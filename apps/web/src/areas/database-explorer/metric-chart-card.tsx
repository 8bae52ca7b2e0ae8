import { Badge, Group, Loader, Paper, Text } from "@mantine/core";
import { ErrorState, LoadingState } from "../../components/page-states.tsx";
import { TimeSeriesChart } from "../../components/time-series-chart.tsx";
import type { ChartData } from "../../components/time-series-chart.utils.ts";
import type { ChartMarker } from "../../components/uplot-markers.ts";

interface MetricChartCardProps {
  title: string;
  description: string;
  chart: ChartData | undefined;
  isPending: boolean;
  isFetching: boolean;
  error: unknown;
  onRetry: () => void;
  formatValue?: (value: number) => string;
  /** Shown in place of the chart when it has nothing to draw. */
  emptyText?: string;
  note?: string;
  testId: string;
  markers?: readonly ChartMarker[];
}

export function MetricChartCard(props: MetricChartCardProps) {
  const { chart, error } = props;
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
        <Group gap="xs">
          {props.note && (
            <Badge size="sm" variant="light" color="gray" data-testid={`${props.testId}-note`}>
              {props.note}
            </Badge>
          )}
          {props.isFetching && !props.isPending && <Loader size={12} />}
        </Group>
      </Group>
      {props.isPending ? (
        <LoadingState label="Loading series…" />
      ) : chart ? (
        <TimeSeriesChart
          data={chart}
          formatValue={props.formatValue}
          emptyText={props.emptyText}
          testId={props.testId}
          markers={props.markers}
        />
      ) : (
        <ErrorState
          title={`Could not load ${props.title.toLowerCase()}`}
          error={error}
          onRetry={props.onRetry}
        />
      )}
    </Paper>
  );
}
