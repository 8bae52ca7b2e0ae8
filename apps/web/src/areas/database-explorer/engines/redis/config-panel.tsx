import type { RedisConfig } from "@logstag/protocol";
import { Badge, Group, Paper, Stack, Text, TextInput } from "@mantine/core";
import { useMemo, useState } from "react";
import { DataTable, sortableColumns } from "../../../../components/data-table.tsx";
import { SnapshotStates } from "../../../../components/snapshot-states.tsx";
import { SnapshotNote } from "../../snapshot-note.tsx";
import { filterConfig, isMasked } from "./config.utils.ts";
import { useConfigQuery } from "./config-query.ts";

const column = sortableColumns<RedisConfig>();

const CONFIG_COLUMNS = column.columns([
  column.accessor("name", {
    header: "Parameter",
    sortFn: "text",
    cell: ({ row }) => (
      <Text size="sm" ff="monospace">
        {row.original.name}
      </Text>
    ),
  }),
  column.accessor((row) => row.value ?? "", {
    id: "value",
    header: "Value",
    sortFn: "alphanumeric",
    cell: ({ row }) =>
      isMasked(row.original.value) ? (
        <Badge size="xs" variant="light" color="gray">
          hidden secret
        </Badge>
      ) : row.original.value === null || row.original.value === "" ? (
        <Text size="sm" c="dimmed">
          (empty)
        </Text>
      ) : (
        <Text size="sm" ff="monospace" style={{ wordBreak: "break-all" }}>
          {row.original.value}
        </Text>
      ),
  }),
]);

export function ConfigPanel({ targetId, now }: { targetId: string; now: Date }) {
  const config = useConfigQuery(targetId);
  const [search, setSearch] = useState("");
  const rows = config.data?.rows;
  const visible = useMemo(() => filterConfig(rows ?? [], search), [rows, search]);

  return (
    <SnapshotStates
      query={config}
      loading="Loading configuration…"
      emptyTitle="No configuration collected yet"
      emptyDescription="The agent reads CONFIG GET * with its low-frequency round; the parameters appear here after its first one."
    >
      {(data) => (
        <Paper withBorder radius="sm">
          <Stack gap="xs" p="sm">
            <Group justify="space-between" wrap="wrap">
              <Group gap="sm">
                <TextInput
                  size="xs"
                  w={280}
                  placeholder="Search parameter or value"
                  aria-label="Search configuration"
                  value={search}
                  onChange={(event) => setSearch(event.currentTarget.value)}
                  data-testid="config-search"
                />
                <Text size="xs" c="dimmed">
                  {visible.length} of {data.rows.length}
                </Text>
              </Group>
              <SnapshotNote collectedAt={data.collectedAt} truncated={data.truncated} now={now} />
            </Group>
            {visible.length === 0 ? (
              <Text size="sm" c="dimmed" py="md" ta="center">
                No parameter matches.
              </Text>
            ) : (
              <DataTable<RedisConfig>
                columns={CONFIG_COLUMNS}
                data={visible}
                getRowId={(row) => row.name}
                initialSorting={[{ id: "name", desc: false }]}
                rowProps={(row) => ({ "data-testid": "config-row", "data-name": row.name })}
                testId="config-table"
              />
            )}
          </Stack>
        </Paper>
      )}
    </SnapshotStates>
  );
}
