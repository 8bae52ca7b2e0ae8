import { Badge, Group, Tooltip } from "@mantine/core";
import { useMemo, useRef, useState } from "react";
import { DataTable } from "../../../../components/data-table.tsx";
import { EmptyPageState, ErrorState, LoadingState } from "../../../../components/page-states.tsx";
import { NoMatch, TableSearch } from "../../../../components/table-search.tsx";
import type { TimeRangeKey } from "../../../../lib/time-range.ts";
import { useBreakdownQuery } from "../../breakdown-query.ts";
import { PanelCard } from "../../panel-card.tsx";
import {
  COMMAND_METRICS,
  type CommandRow,
  filterCommands,
  hasPercentiles,
  toCommandRows,
  withCalls,
} from "./commands.utils.ts";
import { commandColumns } from "./commands-columns.tsx";

export function CommandsPanel(props: {
  targetId: string;
  range: TimeRangeKey;
  selected: string | null;
  onSelect: (command: string) => void;
}) {
  // The table's columns stay stable while the page hands a new callback on every render.
  const selectRef = useRef(props.onSelect);
  selectRef.current = props.onSelect;
  const breakdown = useBreakdownQuery({
    targetId: props.targetId,
    metrics: COMMAND_METRICS,
    by: "command",
    range: props.range,
  });
  const [search, setSearch] = useState("");
  const rows = useMemo(
    () => (breakdown.data ? withCalls(toCommandRows(breakdown.data)) : []),
    [breakdown.data],
  );
  const visible = useMemo(() => filterCommands(rows, search), [rows, search]);
  const percentiles = hasPercentiles(rows);
  const columns = useMemo(
    () => commandColumns((command) => selectRef.current(command), percentiles),
    [percentiles],
  );

  return (
    <PanelCard
      title="Commands"
      description="Every command that ran in the range: calls, CPU time per call and its share of all command time, errors. Click a command for its history."
      isFetching={breakdown.isFetching && !breakdown.isPending}
      testId="commands-panel"
      actions={
        breakdown.data?.truncated && (
          <Tooltip label="More commands existed than one answer holds." withArrow>
            <Badge size="xs" color="orange" variant="light">
              truncated
            </Badge>
          </Tooltip>
        )
      }
    >
      {breakdown.isPending ? (
        <LoadingState label="Loading command statistics…" />
      ) : breakdown.isError && !breakdown.data ? (
        <ErrorState error={breakdown.error} onRetry={() => breakdown.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyPageState
          title="No command statistics in this range"
          description="The agent reads INFO commandstats every minute; commands appear here once they ran between two of its rounds. Try a longer range."
        />
      ) : (
        <>
          <Group gap="sm" mb="xs">
            <TableSearch
              value={search}
              onChange={setSearch}
              placeholder="Search command"
              label="Search command"
              testId="command-search"
              width={240}
              shown={visible.length}
              total={rows.length}
            />
          </Group>
          {visible.length === 0 ? (
            <NoMatch what="command" />
          ) : (
            <DataTable<CommandRow>
              columns={columns}
              data={visible}
              getRowId={(row) => row.command}
              initialSorting={[{ id: "timeShare", desc: true }]}
              minWidth={percentiles ? 1000 : 760}
              rowProps={(row) => ({
                "data-testid": "command-row",
                "data-command": row.command,
                style:
                  row.command === props.selected
                    ? { background: "var(--mantine-color-blue-light)" }
                    : undefined,
              })}
              testId="commands-table"
            />
          )}
        </>
      )}
    </PanelCard>
  );
}
