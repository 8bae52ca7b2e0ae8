import { Anchor, Badge, Group, Text } from "@mantine/core";
import { type SortableColumns, sortableColumns } from "../../../../components/data-table.tsx";
import { formatCompactNumber } from "../../../../components/time-series-chart.utils.ts";
import { formatBytes, formatPercent } from "../../../../lib/format.utils.ts";
import { formatAbsoluteTime, formatRelativeTime } from "../../../../lib/time.utils.ts";
import { FLAG_LABELS, latestTime, type SchemaRow, type SchemaView } from "./schema.utils.ts";

const column = sortableColumns<SchemaRow>();

function Dash() {
  return (
    <Text span size="xs" c="dimmed">
      –
    </Text>
  );
}

function Num({ value, format }: { value: number | null; format?: (v: number) => string }) {
  // PostgreSQL reports -1 rows for a table never vacuumed or analyzed.
  if (value === null || value < 0) return <Dash />;
  return (
    <Text span size="sm" style={{ whiteSpace: "nowrap" }}>
      {format ? format(value) : formatCompactNumber(value)}
    </Text>
  );
}

function When({ iso, now }: { iso: string | null; now: Date }) {
  if (iso === null) {
    return (
      <Text span size="xs" c="dimmed">
        never
      </Text>
    );
  }
  return (
    <Text span size="sm" title={formatAbsoluteTime(iso)} style={{ whiteSpace: "nowrap" }}>
      {formatRelativeTime(iso, now)}
    </Text>
  );
}

function Flags({ flags }: { flags: readonly string[] }) {
  if (flags.length === 0) return <Dash />;
  return (
    <Group gap={4} wrap="nowrap">
      {flags.map((flag) => (
        <Badge
          key={flag}
          size="xs"
          variant="light"
          color={flag === "invalid_index" || flag === "autovacuum_off" ? "red" : "orange"}
          data-testid={`flag-${flag}`}
        >
          {FLAG_LABELS[flag] ?? flag}
        </Badge>
      ))}
    </Group>
  );
}

const stat = (id: string, header: string, format?: (v: number) => string) =>
  column.accessor((row) => row.stat(id) ?? -1, {
    id,
    header,
    sortFn: "basic",
    cell: ({ row }) => <Num value={row.original.stat(id)} format={format} />,
  });

const text = (id: "database" | "schema" | "table" | "owner", header: string) =>
  column.accessor((row) => row[id] ?? "", {
    id,
    header,
    sortFn: "text",
    cell: ({ row }) =>
      row.original[id] === null ? <Dash /> : <Text size="sm">{row.original[id]}</Text>,
  });

function nameColumn(onOpen: (row: SchemaRow) => void) {
  return column.accessor((row) => row.name, {
    id: "name",
    header: "Name",
    sortFn: "text",
    cell: ({ row }) => (
      <Anchor
        component="button"
        size="sm"
        ff="monospace"
        ta="left"
        maw={360}
        truncate="end"
        title={row.original.name}
        onClick={() => onOpen(row.original)}
        data-testid="schema-object-name"
      >
        {row.original.name}
      </Anchor>
    ),
  });
}

const whenColumn = (id: string, header: string, manual: string, auto: string, now: Date) =>
  column.accessor((row) => latestTime(row, manual, auto) ?? "", {
    id,
    header,
    sortFn: "text",
    cell: ({ row }) => <When iso={latestTime(row.original, manual, auto)} now={now} />,
  });

const flagsColumn = column.accessor((row) => row.flags.join(","), {
  id: "flags",
  header: "Flags",
  sortFn: "text",
  cell: ({ row }) => <Flags flags={row.original.flags} />,
});

/** The columns of each tab; `now` makes vacuum times relative. */
export function schemaColumns(
  view: SchemaView,
  onOpen: (row: SchemaRow) => void,
  now: Date,
): SortableColumns<SchemaRow> {
  const name = nameColumn(onOpen);
  switch (view) {
    case "tables":
      return column.columns([
        name,
        text("schema", "Schema"),
        text("database", "Database"),
        stat("sizeBytes", "Size", formatBytes),
        stat("estimatedRows", "Est. rows"),
        stat("deadTuples", "Dead tuples"),
        stat("seqScans", "Seq scans"),
        stat("indexScans", "Index scans"),
        whenColumn("vacuum", "Last vacuum", "lastVacuum", "lastAutovacuum", now),
        whenColumn("analyze", "Last analyze", "lastAnalyze", "lastAutoanalyze", now),
        stat("frozenXidAge", "Frozen XID age"),
        flagsColumn,
      ]);
    case "indexes":
      return column.columns([
        name,
        text("table", "Table"),
        text("schema", "Schema"),
        text("database", "Database"),
        stat("sizeBytes", "Size", formatBytes),
        stat("scans", "Scans"),
        flagsColumn,
      ]);
    case "fk":
      return column.columns([
        name,
        text("table", "Table"),
        text("schema", "Schema"),
        text("database", "Database"),
        column.accessor((row) => row.definition ?? "", {
          id: "definition",
          header: "Definition",
          sortFn: "text",
          cell: ({ row }) => (
            <Text size="xs" ff="monospace" lineClamp={2}>
              {row.original.definition ?? "–"}
            </Text>
          ),
        }),
      ]);
    case "sequences":
      return column.columns([
        name,
        text("schema", "Schema"),
        text("database", "Database"),
        stat("lastValue", "Last value"),
        stat("effectiveMax", "Maximum"),
        stat("usedShare", "Used", (v) => formatPercent(v * 100)),
      ]);
    case "triggers":
      return column.columns([
        name,
        text("table", "Table"),
        text("schema", "Schema"),
        text("database", "Database"),
      ]);
    default:
      return column.columns([
        name,
        text("schema", "Schema"),
        text("database", "Database"),
        text("owner", "Owner"),
      ]);
  }
}
