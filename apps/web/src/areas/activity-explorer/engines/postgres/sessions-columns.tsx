import { Text } from "@mantine/core";
import { sortableColumns } from "../../../../components/data-table.tsx";
import { themedText } from "../../../../components/theme-colors.ts";
import { formatDuration } from "../../../../lib/time.utils.ts";
import type { SessionRow } from "./sessions.utils.ts";

const column = sortableColumns<SessionRow>();

const STATE_COLORS: Record<string, string> = {
  active: themedText("teal"),
  idle: themedText("gray"),
  "idle in transaction": themedText("orange"),
  "idle in transaction (aborted)": themedText("red"),
};

function Age({ seconds }: { seconds: number | null }) {
  return seconds === null ? (
    <Text span size="xs" c="dimmed">
      –
    </Text>
  ) : (
    <Text span size="sm" style={{ whiteSpace: "nowrap" }}>
      {formatDuration(seconds)}
    </Text>
  );
}

export const SESSION_COLUMNS = column.columns([
  column.accessor((row) => row.session.pid, {
    id: "pid",
    header: "PID",
    sortFn: "basic",
    cell: ({ getValue }) => (
      <Text span size="sm" ff="monospace">
        {getValue()}
      </Text>
    ),
  }),
  column.accessor((row) => row.session.state ?? "", {
    id: "state",
    header: "State",
    sortFn: "text",
    cell: ({ getValue }) => (
      <Text
        span
        size="sm"
        fw={500}
        c={STATE_COLORS[getValue()] ?? themedText("gray")}
        style={{ whiteSpace: "nowrap" }}
      >
        {getValue() || "–"}
      </Text>
    ),
  }),
  column.accessor("wait", { header: "Wait", sortFn: "text" }),
  column.accessor((row) => row.queryAge ?? -1, {
    id: "queryAge",
    header: "Query age",
    sortFn: "basic",
    sortDescFirst: true,
    cell: ({ row }) => <Age seconds={row.original.queryAge} />,
  }),
  column.accessor((row) => row.xactAge ?? -1, {
    id: "xactAge",
    header: "Xact age",
    sortFn: "basic",
    sortDescFirst: true,
    cell: ({ row }) => <Age seconds={row.original.xactAge} />,
  }),
  column.accessor((row) => `${row.session.user ?? ""}@${row.session.database ?? ""}`, {
    id: "user",
    header: "User@database",
    sortFn: "text",
  }),
  column.accessor((row) => row.session.application ?? "", {
    id: "application",
    header: "Application / client",
    sortFn: "text",
    cell: ({ row }) => (
      <div>
        <Text size="sm">{row.original.session.application || "–"}</Text>
        <Text size="xs" c="dimmed">
          {row.original.session.client ?? ""}
        </Text>
      </div>
    ),
  }),
  column.accessor((row) => row.session.blockedBy.join(", "), {
    id: "blockedBy",
    header: "Blocked by",
    sortFn: "alphanumeric",
    cell: ({ getValue }) =>
      getValue() ? (
        <Text span size="sm" c={themedText("red")} ff="monospace">
          {getValue()}
        </Text>
      ) : null,
  }),
]);
