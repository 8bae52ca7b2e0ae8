import type { PostgresStatement } from "@logstag/protocol";
import { CloseButton, Code, Group, SimpleGrid, Stack, Text } from "@mantine/core";
import { useMemo } from "react";
import { ErrorState, LoadingState } from "../../../../components/page-states.tsx";
import { TimeSeriesChart } from "../../../../components/time-series-chart.tsx";
import type { TimeRangeKey } from "../../../../lib/time-range.ts";
import { PanelCard } from "../../panel-card.tsx";
import { useSeriesQuery } from "../../series-query.ts";
import { useSnapshotRowsQuery } from "../../statement-texts-query.ts";
import {
  buildStatementHistory,
  formatMilliseconds,
  STATEMENT_HISTORY_METRICS,
} from "./statements.utils.ts";

/** One statement: its normalized text, database and user, and calls, mean time and rows per call. */
export function StatementHistory(props: {
  targetId: string;
  range: TimeRangeKey;
  statementKey: string;
  onClose: () => void;
}) {
  // Only this statement's series: a busy server reports hundreds of statements over a range.
  const where = useMemo(
    () => ({ label: "query", value: props.statementKey }),
    [props.statementKey],
  );
  const series = useSeriesQuery({
    targetId: props.targetId,
    metrics: STATEMENT_HISTORY_METRICS,
    range: props.range,
    where,
  });
  const keys = useMemo(() => [props.statementKey], [props.statementKey]);
  const texts = useSnapshotRowsQuery(props.targetId, "postgres.statements", keys);
  const statement = (texts.data as PostgresStatement[] | undefined)?.[0];
  const history = useMemo(
    () => (series.data ? buildStatementHistory(series.data, props.statementKey) : undefined),
    [series.data, props.statementKey],
  );
  return (
    <PanelCard
      title="Statement"
      description="Calls per second, mean execution time and rows per call over the range."
      isFetching={series.isFetching && !series.isPending}
      testId="statement-history"
      actions={<CloseButton size="sm" aria-label="Close statement" onClick={props.onClose} />}
    >
      <Stack gap="sm">
        <Code block data-testid="statement-full-text">
          {statement?.text ?? (texts.isPending ? "Loading text…" : "Text not reported yet.")}
        </Code>
        <Group gap="lg">
          <Text size="xs">Database: {statement?.database ?? "–"}</Text>
          <Text size="xs">User: {statement?.user ?? "–"}</Text>
          <Text size="xs">query_id: {statement?.queryId ?? "–"}</Text>
          <Text size="xs" c="dimmed">
            key {props.statementKey}
          </Text>
        </Group>
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
              <TimeSeriesChart data={history.calls} height={180} testId="statement-calls" />
            </div>
            <div>
              <Text size="xs" fw={600} mb={4}>
                Mean time
              </Text>
              <TimeSeriesChart
                data={history.meanTime}
                height={180}
                formatValue={formatMilliseconds}
                testId="statement-mean-time"
              />
            </div>
            <div>
              <Text size="xs" fw={600} mb={4}>
                Rows per call
              </Text>
              <TimeSeriesChart
                data={history.rowsPerCall}
                height={180}
                testId="statement-rows-per-call"
              />
            </div>
          </SimpleGrid>
        )}
      </Stack>
    </PanelCard>
  );
}
