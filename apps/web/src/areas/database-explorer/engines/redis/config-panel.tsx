import type { RedisConfig } from "@logstag/protocol";
import { Badge, Text } from "@mantine/core";
import { useMemo, useState } from "react";
import { DataTable, sortableColumns } from "../../../../components/data-table.tsx";
import { SnapshotStates } from "../../../../components/snapshot-states.tsx";
import { NoMatch, TableSearch } from "../../../../components/table-search.tsx";
import { SnapshotCard } from "../../snapshot-card.tsx";
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
        <SnapshotCard
          snapshot={data}
          now={now}
          controls={
            <TableSearch
              value={search}
              onChange={setSearch}
              placeholder="Search parameter or value"
              label="Search configuration"
              testId="config-search"
              shown={visible.length}
              total={data.rows.length}
            />
          }
        >
          {visible.length === 0 ? (
            <NoMatch what="parameter" />
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
        </SnapshotCard>
      )}
    </SnapshotStates>
  );
}
