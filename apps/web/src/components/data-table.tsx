import { Table, Text, UnstyledButton } from "@mantine/core";
import {
  type ColumnDef,
  createColumnHelper,
  createSortedRowModel,
  type RowData,
  rowSortingFeature,
  type SortingState,
  sortFn_alphanumeric,
  sortFn_basic,
  sortFn_datetime,
  sortFn_text,
  tableFeatures,
  useTable,
} from "@tanstack/react-table";
import { type CSSProperties, Fragment, type ReactNode } from "react";

/** Sorting only: filters live outside the table, in the pure utils of each area. */
export const sortableFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: {
    alphanumeric: sortFn_alphanumeric,
    basic: sortFn_basic,
    datetime: sortFn_datetime,
    text: sortFn_text,
  },
});
export type SortableFeatures = typeof sortableFeatures;

export function sortableColumns<T extends RowData>() {
  return createColumnHelper<SortableFeatures, T>();
}

export type SortableColumns<T extends RowData> = ColumnDef<SortableFeatures, T>[];

/** A row followed by its detail line reads as one: no border between them. */
const DETAIL_OWNER: CSSProperties = { borderBottom: "none" };

interface DataTableProps<T extends RowData> {
  /** Keep stable (module scope or memo): a new array rebuilds every row model. */
  columns: SortableColumns<T>;
  data: T[];
  getRowId: (row: T) => string;
  initialSorting?: SortingState;
  /** A full-width line under each row, e.g. the statement a session runs. */
  renderDetail?: (row: T) => ReactNode;
  rowProps?: (row: T) => { style?: CSSProperties; [data: `data-${string}`]: string | undefined };
  minWidth?: number;
  testId?: string;
}

/** A Mantine table whose column headers sort the rows (click; click again to reverse). */
export function DataTable<T extends RowData>(props: DataTableProps<T>) {
  const table = useTable({
    features: sortableFeatures,
    columns: props.columns,
    data: props.data,
    getRowId: (row) => props.getRowId(row),
    initialState: { sorting: props.initialSorting ?? [] },
    enableSortingRemoval: false,
  });

  return (
    <Table.ScrollContainer minWidth={props.minWidth ?? 700}>
      <Table striped highlightOnHover verticalSpacing={6} fz="sm" data-testid={props.testId}>
        <Table.Thead>
          {table.getHeaderGroups().map((group) => (
            <Table.Tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const label = header.isPlaceholder ? null : <table.FlexRender header={header} />;
                return (
                  <Table.Th
                    key={header.id}
                    style={{ whiteSpace: "nowrap" }}
                    aria-sort={
                      sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined
                    }
                  >
                    {header.column.getCanSort() ? (
                      <UnstyledButton
                        onClick={header.column.getToggleSortingHandler()}
                        fz="sm"
                        fw={700}
                      >
                        {label}
                        <Text span c={sorted ? undefined : "dimmed"} size="xs" ml={4}>
                          {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}
                        </Text>
                      </UnstyledButton>
                    ) : (
                      label
                    )}
                  </Table.Th>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Thead>
        <Table.Tbody>
          {table.getRowModel().rows.map((row) => {
            const detail = props.renderDetail?.(row.original);
            const cells = row.getAllCells();
            return (
              <Fragment key={row.id}>
                <Table.Tr
                  {...props.rowProps?.(row.original)}
                  style={detail ? DETAIL_OWNER : undefined}
                >
                  {cells.map((cell) => (
                    <Table.Td key={cell.id} style={{ verticalAlign: "top" }}>
                      <table.FlexRender cell={cell} />
                    </Table.Td>
                  ))}
                </Table.Tr>
                {detail && (
                  <Table.Tr>
                    <Table.Td colSpan={cells.length} pt={0}>
                      {detail}
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
