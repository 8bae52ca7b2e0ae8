import { Group, Paper, SegmentedControl, Title } from "@mantine/core";
import { useState } from "react";
import { ErrorState, LoadingState } from "../../components/page-states.tsx";
import { TimeSeriesChart } from "../../components/time-series-chart.tsx";
import { useAlertSignalQuery } from "./alert-signal-query.ts";
import { formatAlertValue, toSignalChart } from "./alerts.utils.ts";

const HOURS = ["1", "3", "12", "48"];

export function AlertSignalCard({ alertId }: { alertId: string }) {
  const [hours, setHours] = useState("3");
  const signal = useAlertSignalQuery(alertId, Number(hours));
  return (
    <Paper withBorder radius="sm" p="md" data-testid="alert-signal">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h5">
          Signal{signal.data?.unit ? ` (${signal.data.unit})` : ""}
        </Title>
        <SegmentedControl
          size="xs"
          data={HOURS.map((h) => ({ value: h, label: `${h} h` }))}
          value={hours}
          onChange={setHours}
        />
      </Group>
      {signal.isPending ? (
        <LoadingState label="Loading the signal…" />
      ) : signal.isError ? (
        <ErrorState error={signal.error} onRetry={() => signal.refetch()} />
      ) : (
        <TimeSeriesChart
          data={toSignalChart(signal.data)}
          formatValue={(value) => formatAlertValue(value, signal.data.unit)}
          emptyText="No value over this period."
          testId="alert-signal-chart"
        />
      )}
    </Paper>
  );
}
