import type { PostgresSetting } from "@logstag/protocol";
import { Badge, Group, Text, Tooltip } from "@mantine/core";
import { sortableColumns } from "../../../../components/data-table.tsx";
import { themedText } from "../../../../components/theme-colors.ts";
import { describeContext, describeSettingValue } from "./settings.utils.ts";

const column = sortableColumns<PostgresSetting>();

export const SETTINGS_COLUMNS = column.columns([
  column.accessor("name", {
    header: "Name",
    sortFn: "text",
    cell: ({ row }) => (
      <div>
        <Group gap={6} wrap="nowrap">
          <Text size="sm" ff="monospace" fw={row.original.isDefault ? 400 : 600}>
            {row.original.name}
          </Text>
          {row.original.pendingRestart && (
            <Tooltip label="Changed in the configuration; takes effect after a restart" withArrow>
              <Badge size="xs" color="orange" variant="filled" data-testid="pending-restart">
                restart pending
              </Badge>
            </Tooltip>
          )}
        </Group>
        {row.original.description && (
          <Text size="xs" c="dimmed" lineClamp={1} maw={460}>
            {row.original.description}
          </Text>
        )}
      </div>
    ),
  }),
  column.accessor((row) => describeSettingValue(row), {
    id: "value",
    header: "Value",
    sortFn: "alphanumeric",
    cell: ({ row, getValue }) => (
      <Tooltip
        label={`setting = ${row.original.setting ?? "null"}${row.original.unit ? ` (unit ${row.original.unit})` : ""}; boot value ${row.original.bootValue ?? "–"}`}
        withArrow
        multiline
        maw={420}
      >
        <Text size="sm" ff="monospace" style={{ overflowWrap: "anywhere" }} maw={280}>
          {getValue()}
        </Text>
      </Tooltip>
    ),
  }),
  column.accessor((row) => (row.isDefault ? "default" : "changed"), {
    id: "changed",
    header: "Default",
    sortFn: "text",
    cell: ({ row }) =>
      row.original.isDefault ? (
        <Text size="xs" c="dimmed">
          default
        </Text>
      ) : (
        <Text size="xs" fw={600} c={themedText("yellow")} style={{ whiteSpace: "nowrap" }}>
          non-default
        </Text>
      ),
  }),
  column.accessor((row) => row.source ?? "", {
    id: "source",
    header: "Source",
    sortFn: "text",
    cell: ({ getValue }) => (
      <Text size="sm" style={{ whiteSpace: "nowrap" }}>
        {getValue()}
      </Text>
    ),
  }),
  column.accessor((row) => row.category ?? "", {
    id: "category",
    header: "Category",
    sortFn: "text",
    cell: ({ getValue }) => (
      <Text size="xs" maw={240}>
        {getValue()}
      </Text>
    ),
  }),
  column.accessor((row) => describeContext(row.context), {
    id: "context",
    header: "Change needs",
    sortFn: "text",
  }),
]);
