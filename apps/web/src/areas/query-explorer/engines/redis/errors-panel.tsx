import { Table, Text } from "@mantine/core";
import { useMemo } from "react";
import { ErrorState, LoadingState } from "../../../../components/page-states.tsx";
import { formatCompactNumber } from "../../../../components/time-series-chart.utils.ts";
import type { TimeRangeKey } from "../../../../lib/time-range.ts";
import { useBreakdownQuery } from "../../breakdown-query.ts";
import { PanelCard } from "../../panel-card.tsx";
import { toErrorRows } from "./slowlog.utils.ts";

const ERROR_METRICS = ["redis.errors"] as const;

/** INFO errorstats (6.2+): error replies by their prefix over the range. */
export function ErrorsPanel({ targetId, range }: { targetId: string; range: TimeRangeKey }) {
  const breakdown = useBreakdownQuery({ targetId, metrics: ERROR_METRICS, by: "error", range });
  const rows = useMemo(
    () => (breakdown.data ? toErrorRows(breakdown.data.rows) : []),
    [breakdown.data],
  );
  return (
    <PanelCard
      title="Error replies"
      description="Errors the server answered with, by prefix (ERR, WRONGTYPE, NOAUTH, …)."
      isFetching={breakdown.isFetching && !breakdown.isPending}
      testId="errors-panel"
    >
      {breakdown.isPending ? (
        <LoadingState label="Loading error statistics…" />
      ) : breakdown.isError && !breakdown.data ? (
        <ErrorState error={breakdown.error} onRetry={() => breakdown.refetch()} />
      ) : rows.length === 0 ? (
        <Text size="sm" c="dimmed" py="sm">
          No error replies in this range (errorstats needs version 6.2 or later).
        </Text>
      ) : (
        <Table verticalSpacing={4} fz="sm" data-testid="errors-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Error</Table.Th>
              <Table.Th>Replies</Table.Th>
              <Table.Th>Per second</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.error} data-testid="error-row" data-error={row.error}>
                <Table.Td ff="monospace">{row.error}</Table.Td>
                <Table.Td>{row.count === null ? "–" : Math.round(row.count)}</Table.Td>
                <Table.Td>
                  {row.perSecond === null ? "–" : formatCompactNumber(row.perSecond)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </PanelCard>
  );
}
