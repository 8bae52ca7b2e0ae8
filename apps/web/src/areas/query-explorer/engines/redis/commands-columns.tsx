import { Anchor, Text } from "@mantine/core";
import { type SortableColumns, sortableColumns } from "../../../../components/data-table.tsx";
import { formatCompactNumber } from "../../../../components/time-series-chart.utils.ts";
import type { CommandRow } from "./commands.utils.ts";
import { formatMicroseconds } from "./slowlog.utils.ts";

const column = sortableColumns<CommandRow>();

function Num({ value, format }: { value: number | null; format?: (v: number) => string }) {
  if (value === null) {
    return (
      <Text span size="xs" c="dimmed">
        –
      </Text>
    );
  }
  return (
    <Text span size="sm" style={{ whiteSpace: "nowrap" }}>
      {format ? format(value) : formatCompactNumber(value)}
    </Text>
  );
}

const count = (v: number) => Math.round(v).toLocaleString("en-US");
const percent = (v: number) => `${v.toFixed(1)} %`;
/** Two decimals where they matter (fast commands), whole microseconds above 100. */
const formatPerCall = (v: number) =>
  v < 100 ? v.toFixed(2) : Math.round(v).toLocaleString("en-US");

/** Nulls sort as -1 so commands without a value sink when sorting descending. */
const orLow = (value: number | null) => value ?? -1;

export function commandColumns(
  onSelect: (command: string) => void,
  withPercentiles: boolean,
): SortableColumns<CommandRow> {
  const base = [
    column.accessor("command", {
      header: "Command",
      sortFn: "text",
      cell: ({ getValue }) => (
        <Anchor
          component="button"
          size="sm"
          ff="monospace"
          onClick={() => onSelect(getValue())}
          data-testid="command-name"
        >
          {getValue()}
        </Anchor>
      ),
    }),
    column.accessor((row) => orLow(row.callsPerSecond), {
      id: "callsPerSecond",
      header: "Calls/s",
      sortFn: "basic",
      cell: ({ row }) => <Num value={row.original.callsPerSecond} />,
    }),
    column.accessor((row) => orLow(row.calls), {
      id: "calls",
      header: "Calls",
      sortFn: "basic",
      cell: ({ row }) => <Num value={row.original.calls} format={count} />,
    }),
    column.accessor((row) => orLow(row.usPerCall), {
      id: "usPerCall",
      header: "µs/call",
      sortFn: "basic",
      cell: ({ row }) => <Num value={row.original.usPerCall} format={formatPerCall} />,
    }),
    column.accessor((row) => orLow(row.timeShare), {
      id: "timeShare",
      header: "Share of time",
      sortFn: "basic",
      cell: ({ row }) => <Num value={row.original.timeShare} format={percent} />,
    }),
    column.accessor((row) => orLow(row.failed), {
      id: "failed",
      header: "Failed",
      sortFn: "basic",
      cell: ({ row }) => <Num value={row.original.failed} format={count} />,
    }),
    column.accessor((row) => orLow(row.rejected), {
      id: "rejected",
      header: "Rejected",
      sortFn: "basic",
      cell: ({ row }) => <Num value={row.original.rejected} format={count} />,
    }),
  ];
  if (!withPercentiles) return column.columns(base);
  return column.columns([
    ...base,
    column.accessor((row) => orLow(row.p50), {
      id: "p50",
      header: "p50",
      sortFn: "basic",
      cell: ({ row }) => <Num value={row.original.p50} format={formatMicroseconds} />,
    }),
    column.accessor((row) => orLow(row.p99), {
      id: "p99",
      header: "p99",
      sortFn: "basic",
      cell: ({ row }) => <Num value={row.original.p99} format={formatMicroseconds} />,
    }),
    column.accessor((row) => orLow(row.p999), {
      id: "p999",
      header: "p99.9",
      sortFn: "basic",
      cell: ({ row }) => <Num value={row.original.p999} format={formatMicroseconds} />,
    }),
  ]);
}
