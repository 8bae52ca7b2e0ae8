import type { RedisSlowlogEntry } from "@logstag/protocol";
import { Badge, Text, Tooltip } from "@mantine/core";
import { useMemo } from "react";
import { DataTable, sortableColumns } from "../../../../components/data-table.tsx";
import { EmptyPageState, ErrorState, LoadingState } from "../../../../components/page-states.tsx";
import { formatAbsoluteTime } from "../../../../lib/time.utils.ts";
import type { TimeRangeKey } from "../../../../lib/time-range.ts";
import { PanelCard } from "../../panel-card.tsx";
import { useSnapshotRangeQuery } from "../../snapshot-range-query.ts";
import { describeClient, flattenSlowlog, formatMicroseconds } from "./slowlog.utils.ts";

const column = sortableColumns<RedisSlowlogEntry>();

const SLOWLOG_COLUMNS = column.columns([
  column.accessor("at", {
    header: "Time",
    sortFn: "datetime",
    cell: ({ getValue }) => <Text size="sm">{formatAbsoluteTime(getValue())}</Text>,
  }),
  column.accessor("durationUs", {
    header: "Duration",
    sortFn: "basic",
    cell: ({ getValue }) => <Text size="sm">{formatMicroseconds(getValue())}</Text>,
  }),
  column.accessor("command", {
    header: "Command",
    sortFn: "text",
    cell: ({ getValue }) => (
      <Text size="sm" ff="monospace">
        {getValue()}
      </Text>
    ),
  }),
  column.accessor("argCount", { header: "Arguments", sortFn: "basic" }),
  column.accessor((row) => describeClient(row), {
    id: "client",
    header: "Client",
    sortFn: "text",
  }),
]);

export function SlowlogPanel({ targetId, range }: { targetId: string; range: TimeRangeKey }) {
  const slowlog = useSnapshotRangeQuery("redis.slowlog", targetId, range);
  const entries = useMemo(
    () => (slowlog.data ? flattenSlowlog(slowlog.data.snapshots) : []),
    [slowlog.data],
  );
  return (
    <PanelCard
      title="Slow log"
      description="Commands that ran longer than slowlog-log-slower-than, by name and argument count; argument values are never collected."
      isFetching={slowlog.isFetching && !slowlog.isPending}
      testId="slowlog-panel"
      actions={
        slowlog.data?.truncated && (
          <Tooltip
            label="The range holds more entries than one answer; the newest are shown."
            withArrow
          >
            <Badge size="xs" color="orange" variant="light">
              truncated
            </Badge>
          </Tooltip>
        )
      }
    >
      {slowlog.isPending ? (
        <LoadingState label="Loading slow log…" />
      ) : slowlog.isError && !slowlog.data ? (
        <ErrorState error={slowlog.error} onRetry={() => slowlog.refetch()} />
      ) : entries.length === 0 ? (
        <EmptyPageState
          title="No slow commands in this range"
          description="No command took longer than the server's slowlog-log-slower-than threshold."
        />
      ) : (
        <DataTable<RedisSlowlogEntry>
          columns={SLOWLOG_COLUMNS}
          data={entries}
          getRowId={(row) => `${row.id}@${row.at}`}
          initialSorting={[{ id: "at", desc: true }]}
          rowProps={(row) => ({ "data-testid": "slowlog-row", "data-command": row.command })}
          testId="slowlog-table"
        />
      )}
    </PanelCard>
  );
}
