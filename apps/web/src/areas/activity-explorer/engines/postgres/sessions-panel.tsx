import type { PostgresSession } from "@logstag/protocol";
import { Anchor, Badge, Group, Paper, Stack, Text, Tooltip } from "@mantine/core";
import { useMemo, useState } from "react";
import { Link, useParams } from "react-router";
import { DataTable } from "../../../../components/data-table.tsx";
import { QueryText } from "./query-text.tsx";
import {
  filterOptions,
  filterSessions,
  NO_FILTERS,
  type SessionFilters,
  type SessionRow,
  statementPath,
  toSessionRows,
} from "./sessions.utils.ts";
import { SESSION_COLUMNS } from "./sessions-columns.tsx";
import { SessionsFilters } from "./sessions-filters.tsx";

export function SessionsPanel({
  sessions,
  sampledAt,
  truncated,
}: {
  sessions: readonly PostgresSession[];
  sampledAt: string;
  truncated: boolean;
}) {
  const { targetId = "" } = useParams();
  const [filters, setFilters] = useState<SessionFilters>(NO_FILTERS);
  const options = useMemo(() => filterOptions(sessions), [sessions]);
  const rows = useMemo(
    () => toSessionRows(filterSessions(sessions, filters), sampledAt),
    [sessions, filters, sampledAt],
  );

  return (
    <Paper withBorder radius="sm" p="sm">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start">
          <div>
            <Text fw={600} size="sm">
              Sessions
            </Text>
            <Text size="xs" c="dimmed">
              Client sessions that were not idle, and idle ones holding locks others wait for.
            </Text>
          </div>
          <Group gap="xs">
            <Text size="xs" c="dimmed">
              {rows.length} of {sessions.length}
            </Text>
            {truncated && (
              <Tooltip
                label="The sample holds at most 1000 sessions, the longest running first."
                withArrow
              >
                <Badge size="xs" color="orange" variant="light">
                  truncated
                </Badge>
              </Tooltip>
            )}
          </Group>
        </Group>
        <SessionsFilters value={filters} options={options} onChange={setFilters} />
        {rows.length === 0 ? (
          <Text size="sm" c="dimmed" py="md" ta="center">
            No session matches the filters.
          </Text>
        ) : (
          <DataTable<SessionRow>
            columns={SESSION_COLUMNS}
            data={rows}
            getRowId={(row) => String(row.session.pid)}
            initialSorting={[{ id: "queryAge", desc: true }]}
            minWidth={960}
            renderDetail={(row) => (
              <QueryText
                query={row.session.query}
                truncated={row.session.queryTruncated}
                maw={1400}
                extra={
                  row.session.queryId && (
                    <Anchor
                      component={Link}
                      size="xs"
                      to={statementPath(targetId, row.session)}
                      data-testid="session-statement-link"
                    >
                      statement history in the Query Explorer →
                    </Anchor>
                  )
                }
              />
            )}
            rowProps={(row) => ({
              "data-testid": "session-row",
              "data-pid": String(row.session.pid),
            })}
            testId="sessions-table"
          />
        )}
      </Stack>
    </Paper>
  );
}
