import type { RedisClient } from "@logstag/protocol";
import { Badge, Group, Text, Tooltip } from "@mantine/core";
import { sortableColumns } from "../../../../components/data-table.tsx";
import { formatBytes } from "../../../../lib/format.utils.ts";
import { formatDuration } from "../../../../lib/time.utils.ts";
import { clientMemory, commandOf, describeFlags } from "./clients.utils.ts";

const column = sortableColumns<RedisClient>();

function Dim({ text = "–" }: { text?: string }) {
  return (
    <Text span size="xs" c="dimmed">
      {text}
    </Text>
  );
}

export const CLIENT_COLUMNS = column.columns([
  column.accessor((row) => row.name ?? "", {
    id: "name",
    header: "Name",
    sortFn: "text",
    cell: ({ row }) =>
      row.original.name ? (
        <Text size="sm" fw={500} data-testid="client-name">
          {row.original.name}
        </Text>
      ) : (
        <Dim text="unnamed" />
      ),
  }),
  column.accessor("addr", {
    header: "Address",
    sortFn: "alphanumeric",
    cell: ({ row }) => (
      <Text size="sm" ff="monospace">
        {row.original.addr}
      </Text>
    ),
  }),
  column.accessor("user", {
    header: "User",
    sortFn: "text",
    cell: ({ row }) => (row.original.user ? <Text size="sm">{row.original.user}</Text> : <Dim />),
  }),
  column.accessor("db", { header: "DB", sortFn: "basic" }),
  column.accessor((row) => commandOf(row), {
    id: "command",
    header: "Last command",
    sortFn: "text",
    cell: ({ getValue }) => (
      <Text size="sm" ff="monospace">
        {getValue()}
      </Text>
    ),
  }),
  column.accessor("ageSeconds", {
    header: "Connected for",
    sortFn: "basic",
    cell: ({ getValue }) => <Text size="sm">{formatDuration(getValue())}</Text>,
  }),
  column.accessor("idleSeconds", {
    header: "Idle for",
    sortFn: "basic",
    cell: ({ getValue }) => <Text size="sm">{formatDuration(getValue())}</Text>,
  }),
  column.accessor((row) => describeFlags(row.flags).join(", "), {
    id: "flags",
    header: "State",
    sortFn: "text",
    cell: ({ row }) => (
      <Group gap={4}>
        {row.original.blocked && (
          <Badge size="xs" color="red" variant="light">
            blocked
          </Badge>
        )}
        {describeFlags(row.original.flags)
          .filter((name) => name !== "blocked")
          .map((name) => (
            <Badge key={name} size="xs" color="gray" variant="light">
              {name}
            </Badge>
          ))}
        <Tooltip label="CLIENT LIST flags" withArrow>
          <Text span size="xs" c="dimmed" ff="monospace">
            {row.original.flags}
          </Text>
        </Tooltip>
      </Group>
    ),
  }),
  column.accessor((row) => clientMemory(row), {
    id: "memory",
    header: "Memory",
    sortFn: "basic",
    cell: ({ getValue }) => <Text size="sm">{formatBytes(getValue())}</Text>,
  }),
]);
