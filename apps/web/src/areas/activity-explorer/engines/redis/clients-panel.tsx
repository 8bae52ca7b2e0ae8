import type { RedisClient } from "@logstag/protocol";
import {
  Badge,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Tooltip,
} from "@mantine/core";
import { useMemo, useState } from "react";
import { DataTable } from "../../../../components/data-table.tsx";
import { EmptyPageState } from "../../../../components/page-states.tsx";
import {
  type ClientFilters,
  type Count,
  countByCommand,
  countByDb,
  filterClients,
  hasClientFilters,
  NO_CLIENT_FILTERS,
} from "./clients.utils.ts";
import { CLIENT_COLUMNS } from "./clients-columns.tsx";

export function ClientsPanel({
  clients,
  truncated,
}: {
  clients: readonly RedisClient[];
  truncated: boolean;
}) {
  const [filters, setFilters] = useState<ClientFilters>(NO_CLIENT_FILTERS);
  const rows = useMemo(() => filterClients(clients, filters), [clients, filters]);
  const byCommand = useMemo(() => countByCommand(clients), [clients]);
  const byDb = useMemo(() => countByDb(clients), [clients]);
  const set = (next: Partial<ClientFilters>) => setFilters({ ...filters, ...next });

  if (clients.length === 0) {
    return (
      <EmptyPageState
        title="No clients at this moment"
        description="No client other than the agent itself was connected when this sample was taken."
      />
    );
  }
  return (
    <>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <CountsCard
          title="Clients by last command"
          counts={byCommand}
          selected={filters.command}
          onPick={(command) => set({ command })}
          testId="counts-by-command"
        />
        <CountsCard
          title="Clients by database"
          counts={byDb}
          selected={filters.db}
          onPick={(db) => set({ db })}
          label={(key) => `db${key}`}
          testId="counts-by-db"
        />
      </SimpleGrid>
      <Paper withBorder radius="sm" p="sm">
        <Stack gap="xs">
          <Group justify="space-between" align="flex-end">
            <Group gap="xs" align="flex-end">
              <TextInput
                size="xs"
                w={240}
                label="Search"
                placeholder="Name, address or user"
                value={filters.search}
                onChange={(event) => set({ search: event.currentTarget.value })}
                data-testid="client-search"
              />
              <Select
                size="xs"
                w={160}
                label="Last command"
                placeholder="any"
                data={byCommand.map((c) => c.key)}
                value={filters.command}
                onChange={(command) => set({ command })}
                clearable
                searchable
              />
              <Select
                size="xs"
                w={120}
                label="Database"
                placeholder="any"
                data={byDb.map((c) => ({ value: c.key, label: `db${c.key}` }))}
                value={filters.db}
                onChange={(db) => set({ db })}
                clearable
              />
              <Switch
                size="xs"
                mb={6}
                label="Blocked only"
                checked={filters.blockedOnly}
                onChange={(event) => set({ blockedOnly: event.currentTarget.checked })}
              />
              {hasClientFilters(filters) && (
                <Button size="xs" variant="subtle" onClick={() => setFilters(NO_CLIENT_FILTERS)}>
                  Clear filters
                </Button>
              )}
            </Group>
            <Group gap="xs">
              <Text size="xs" c="dimmed">
                {rows.length} of {clients.length}
              </Text>
              {truncated && (
                <Tooltip label="The agent sends at most 2000 clients per sample." withArrow>
                  <Badge size="xs" color="orange" variant="light">
                    truncated
                  </Badge>
                </Tooltip>
              )}
            </Group>
          </Group>
          {rows.length === 0 ? (
            <Text size="sm" c="dimmed" py="md" ta="center">
              No client matches the filters.
            </Text>
          ) : (
            <DataTable<RedisClient>
              columns={CLIENT_COLUMNS}
              data={rows}
              getRowId={(row) => String(row.id)}
              initialSorting={[{ id: "idleSeconds", desc: false }]}
              minWidth={1100}
              rowProps={(row) => ({
                "data-testid": "client-row",
                "data-client-id": String(row.id),
                "data-client-name": row.name ?? "",
              })}
              testId="clients-table"
            />
          )}
        </Stack>
      </Paper>
    </>
  );
}

function CountsCard(props: {
  title: string;
  counts: readonly Count[];
  selected: string | null;
  onPick: (key: string | null) => void;
  label?: (key: string) => string;
  testId: string;
}) {
  return (
    <Paper withBorder radius="sm" p="sm" data-testid={props.testId}>
      <Text fw={600} size="sm" mb={6}>
        {props.title}
      </Text>
      <Group gap={6}>
        {props.counts.slice(0, 20).map((c) => (
          <Badge
            key={c.key}
            component="button"
            variant={props.selected === c.key ? "filled" : "light"}
            color="gray"
            style={{ cursor: "pointer", textTransform: "none" }}
            onClick={() => props.onPick(props.selected === c.key ? null : c.key)}
          >
            {props.label ? props.label(c.key) : c.key}: {c.count}
          </Badge>
        ))}
      </Group>
    </Paper>
  );
}
