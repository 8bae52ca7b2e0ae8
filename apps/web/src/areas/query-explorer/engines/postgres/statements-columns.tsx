import { Anchor, Text, Tooltip } from "@mantine/core";
import { type SortableColumns, sortableColumns } from "../../../../components/data-table.tsx";
import { formatCompactNumber } from "../../../../components/time-series-chart.utils.ts";
import { formatBytes } from "../../../../lib/format.utils.ts";
import { formatMilliseconds, type StatementRow } from "./statements.utils.ts";

const column = sortableColumns<StatementRow>();
const orLow = (value: number | null) => value ?? -1;

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

const numeric = (id: keyof StatementRow & string, header: string, format?: (v: number) => string) =>
  column.accessor((row) => orLow(row[id] as number | null), {
    id,
    header,
    sortFn: "basic",
    cell: ({ row }) => <Num value={row.original[id] as number | null} format={format} />,
  });

export function statementColumns(onSelect: (key: string) => void): SortableColumns<StatementRow> {
  return column.columns([
    column.accessor((row) => row.text ?? row.key, {
      id: "text",
      header: "Statement",
      sortFn: "text",
      cell: ({ row }) => (
        <Tooltip
          label={row.original.text ?? "Text not reported yet"}
          multiline
          maw={600}
          withArrow
          openDelay={400}
        >
          <Anchor
            component="button"
            size="sm"
            ff="monospace"
            ta="left"
            lineClamp={2}
            onClick={() => onSelect(row.original.key)}
            data-testid="statement-text"
          >
            {row.original.text ?? row.original.key}
          </Anchor>
        </Tooltip>
      ),
    }),
    column.accessor((row) => row.database ?? "", {
      id: "database",
      header: "Database",
      sortFn: "text",
      cell: ({ row }) => <Text size="sm">{row.original.database ?? "–"}</Text>,
    }),
    column.accessor((row) => row.user ?? "", {
      id: "user",
      header: "User",
      sortFn: "text",
      cell: ({ row }) => <Text size="sm">{row.original.user ?? "–"}</Text>,
    }),
    numeric("totalTime", "Total time", formatMilliseconds),
    numeric("timeShare", "Share", (v) => `${v.toFixed(1)} %`),
    numeric("calls", "Calls"),
    numeric("callsPerSecond", "Calls/s", (v) => v.toFixed(2)),
    numeric("meanTime", "Mean time", formatMilliseconds),
    numeric("rows", "Rows"),
    numeric("rowsPerCall", "Rows/call", (v) => v.toFixed(1)),
    numeric("sharedHit", "Blocks hit"),
    numeric("sharedRead", "Blocks read"),
    numeric("tempWritten", "Temp blocks"),
    numeric("walBytes", "WAL", formatBytes),
  ]);
}
