import type { PostgresRole } from "@logstag/protocol";
import { Badge, Group, Text } from "@mantine/core";
import { sortableColumns } from "../../../../components/data-table.tsx";
import { formatAbsoluteTime } from "../../../../lib/time.utils.ts";
import { describeConnectionLimit, roleAttributes } from "./roles.utils.ts";

const column = sortableColumns<PostgresRole>();

export const ROLES_COLUMNS = column.columns([
  column.accessor("name", {
    header: "Role",
    sortFn: "text",
    cell: ({ getValue }) => (
      <Text size="sm" ff="monospace" fw={500}>
        {getValue()}
      </Text>
    ),
  }),
  column.accessor((row) => roleAttributes(row).length, {
    id: "attributes",
    header: "Attributes",
    sortFn: "basic",
    cell: ({ row }) => (
      <Group gap={4}>
        {roleAttributes(row.original).map((attribute) => (
          <Badge key={attribute.label} size="xs" variant="light" color={attribute.color}>
            {attribute.label}
          </Badge>
        ))}
      </Group>
    ),
  }),
  column.accessor((row) => row.memberOf.join(", "), {
    id: "memberOf",
    header: "Member of",
    sortFn: "text",
    cell: ({ row }) =>
      row.original.memberOf.length === 0 ? (
        <Text size="xs" c="dimmed">
          –
        </Text>
      ) : (
        <Group gap={4}>
          {row.original.memberOf.map((name) => (
            <Badge key={name} size="xs" variant="outline" color="gray" tt="none">
              {name}
            </Badge>
          ))}
        </Group>
      ),
  }),
  column.accessor("connectionLimit", {
    header: "Connection limit",
    sortFn: "basic",
    cell: ({ getValue }) => describeConnectionLimit(getValue()),
  }),
  column.accessor((row) => row.validUntil ?? "", {
    id: "validUntil",
    header: "Password valid until",
    sortFn: "text",
    cell: ({ row }) =>
      row.original.validUntil ? formatAbsoluteTime(row.original.validUntil) : "–",
  }),
]);
