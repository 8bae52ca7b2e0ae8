import { Group, Paper, SegmentedControl, Text, Title } from "@mantine/core";
import { useMemo, useState } from "react";
import { ErrorState, LoadingState } from "../../components/page-states.tsx";
import { TimeSeriesChart } from "../../components/time-series-chart.tsx";
import { scoreHistoryChart } from "./report.utils.ts";
import { useScoreHistoryQuery } from "./score-history-query.ts";

const RANGES = [
  { value: "30", label: "30 d" },
  { value: "90", label: "90 d" },
  { value: "400", label: "400 d" },
];

export function ScoreHistoryCard({ targetId }: { targetId: string }) {
  const [days, setDays] = useState("90");
  const history = useScoreHistoryQuery(targetId, Number(days));
  const chart = useMemo(
    () => (history.data ? scoreHistoryChart(history.data) : null),
    [history.data],
  );
  return (
    <Paper withBorder radius="sm" p="md">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h6">
          Score over time
        </Title>
        <SegmentedControl size="xs" data={RANGES} value={days} onChange={setDays} />
      </Group>
      {history.isPending ? (
        <LoadingState label="Loading scores…" />
      ) : history.isError ? (
        <ErrorState error={history.error} onRetry={() => history.refetch()} />
      ) : chart && chart.timestamps.length < 2 ? (
        <Text size="sm" c="dimmed" py="md" data-testid="score-history-short">
          {chart.timestamps.length === 1
            ? "One report so far; the line appears with the second."
            : "No reports in this range."}
        </Text>
      ) : chart ? (
        <TimeSeriesChart
          data={chart}
          height={160}
          formatValue={(v) => String(Math.round(v))}
          testId="score-history-chart"
        />
      ) : null}
    </Paper>
  );
}
