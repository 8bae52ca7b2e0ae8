import type { PostgresStatement } from "@logstag/protocol";
import { Badge, Group, Text, Tooltip } from "@mantine/core";
import { useEffect, useMemo, useRef, useState } from "react";
import { useSearchParams } from "react-router";
import { DataTable } from "../../../../components/data-table.tsx";
import { EmptyPageState, ErrorState, LoadingState } from "../../../../components/page-states.tsx";
import { NoMatch, TableSearch } from "../../../../components/table-search.tsx";
import type { TimeRangeKey } from "../../../../lib/time-range.ts";
import { useBreakdownQuery } from "../../breakdown-query.ts";
import { PanelCard } from "../../panel-card.tsx";
import { useSnapshotRowsQuery } from "../../statement-texts-query.ts";
import {
  filterStatements,
  keysToLookUp,
  STATEMENT_METRICS,
  type StatementRow,
  statementKeyForQueryId,
  toStatementRows,
} from "./statements.utils.ts";
import { statementColumns } from "./statements-columns.tsx";

export function StatementsPanel(props: {
  targetId: string;
  range: TimeRangeKey;
  selected: string | null;
  onSelect: (key: string) => void;
}) {
  const selectRef = useRef(props.onSelect);
  selectRef.current = props.onSelect;
  const breakdown = useBreakdownQuery({
    targetId: props.targetId,
    metrics: STATEMENT_METRICS,
    by: "query",
    range: props.range,
  });
  const keys = useMemo(() => keysToLookUp(breakdown.data), [breakdown.data]);
  const texts = useSnapshotRowsQuery(props.targetId, "postgres.statements", keys);
  const [search, setSearch] = useState("");
  const rows = useMemo(
    () =>
      breakdown.data
        ? toStatementRows(breakdown.data, (texts.data ?? []) as PostgresStatement[])
        : [],
    [breakdown.data, texts.data],
  );
  const visible = useMemo(() => filterStatements(rows, search), [rows, search]);
  const columns = useMemo(() => statementColumns((key) => selectRef.current(key)), []);

  // A session's link from the Activity Explorer: `?queryId=…&database=…&user=…` opens the
  // statement it ran once the texts of the top statements are known.
  const [params] = useSearchParams();
  const wantedQueryId = params.get("queryId");
  const wantedDatabase = params.get("database");
  const wantedUser = params.get("user");
  const lookedUp = breakdown.data !== undefined && (keys.length === 0 || texts.data !== undefined);
  const linkedKey = useMemo(
    () =>
      wantedQueryId && texts.data
        ? statementKeyForQueryId(texts.data as PostgresStatement[], {
            queryId: wantedQueryId,
            database: wantedDatabase,
            user: wantedUser,
          })
        : null,
    [wantedQueryId, wantedDatabase, wantedUser, texts.data],
  );
  useEffect(() => {
    if (linkedKey) selectRef.current(linkedKey);
  }, [linkedKey]);
  const linkMissed = wantedQueryId !== null && lookedUp && linkedKey === null;

  return (
    <PanelCard
      title="Top statements"
      description="pg_stat_statements over the range: the heaviest statements each minute by name, the rest as “other”, so totals add up. Click a statement for its history."
      isFetching={breakdown.isFetching && !breakdown.isPending}
      testId="statements-panel"
      actions={
        breakdown.data?.truncated && (
          <Tooltip label="More statements existed than one answer holds." withArrow>
            <Badge size="xs" color="orange" variant="light">
              truncated
            </Badge>
          </Tooltip>
        )
      }
    >
      {breakdown.isPending ? (
        <LoadingState label="Loading query statistics…" />
      ) : breakdown.isError && !breakdown.data ? (
        <ErrorState error={breakdown.error} onRetry={() => breakdown.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyPageState
          title="No query statistics in this range"
          description="The agent reads pg_stat_statements every minute; statements appear after two of its rounds. Without the extension, the Assets page says how to set it up."
        />
      ) : (
        <>
          {linkMissed && (
            <Text size="sm" c="orange.8" mb="xs" data-testid="statement-link-missed">
              The statement with query id {wantedQueryId} is not among the top statements of this
              range; try a longer range.
            </Text>
          )}
          <Group gap="sm" mb="xs">
            <TableSearch
              value={search}
              onChange={setSearch}
              placeholder="Search text, database or user"
              label="Search statements"
              testId="statement-search"
              shown={visible.length}
              total={rows.length}
            />
          </Group>
          {visible.length === 0 ? (
            <NoMatch what="statement" />
          ) : (
            <DataTable<StatementRow>
              columns={columns}
              data={visible}
              getRowId={(row) => row.key}
              initialSorting={[{ id: "totalTime", desc: true }]}
              minWidth={1400}
              rowProps={(row) => ({
                "data-testid": "statement-row",
                "data-key": row.key,
                style:
                  row.key === props.selected
                    ? { background: "var(--mantine-color-blue-light)" }
                    : undefined,
              })}
              testId="statements-table"
            />
          )}
        </>
      )}
    </PanelCard>
  );
}
