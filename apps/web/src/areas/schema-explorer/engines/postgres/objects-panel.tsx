import type { PostgresSchemaObject } from "@logstag/protocol";
import {
  Badge,
  Code,
  Group,
  Modal,
  Paper,
  Select,
  Stack,
  Tabs,
  Text,
  TextInput,
} from "@mantine/core";
import { useMemo, useState } from "react";
import { CopyTextButton } from "../../../../components/copy-text-button.tsx";
import { DataTable } from "../../../../components/data-table.tsx";
import { EmptyPageState } from "../../../../components/page-states.tsx";
import { formatAbsoluteTime } from "../../../../lib/time.utils.ts";
import { useNow } from "../../../../lib/use-now.ts";
import {
  FLAG_LABELS,
  largestFirst,
  objectsForView,
  parseSchemaView,
  SCHEMA_VIEWS,
  type SchemaFilter,
  type SchemaRow,
  schemaOptions,
  viewCounts,
} from "./schema.utils.ts";
import { schemaColumns } from "./schema-columns.tsx";

/** More rows than this make the page slow; the largest objects are the ones worth a look. */
const MAX_SHOWN = 1000;

const EMPTY_TEXT: Record<string, string> = {
  fk: "Every foreign key has an index that starts with its columns.",
  sequences: "No sequence or int4 key is past 75% of its range.",
};

export function ObjectsPanel(props: {
  objects: readonly PostgresSchemaObject[];
  collectedAt: string | null;
  truncated: boolean;
  params: URLSearchParams;
  setParam: (name: string, value: string | null) => void;
}) {
  const now = useNow(60_000);
  const view = parseSchemaView(props.params.get("tab"));
  const filter: SchemaFilter = {
    database: props.params.get("db"),
    schema: props.params.get("schema"),
    search: props.params.get("q") ?? "",
  };
  const [open, setOpen] = useState<SchemaRow | null>(null);
  const options = useMemo(
    () => schemaOptions(props.objects, filter.database),
    [props.objects, filter.database],
  );
  const counts = viewCounts(props.objects, filter);
  const all = objectsForView(props.objects, view, filter);
  const rows = largestFirst(all, MAX_SHOWN);
  const columns = useMemo(() => schemaColumns(view, setOpen, now), [view, now]);

  return (
    <Paper withBorder radius="sm" p="sm" data-testid="schema-objects">
      <Group justify="space-between" mb="xs" align="flex-end">
        <div>
          <Text fw={600} size="sm">
            Objects
          </Text>
          <Text size="xs" c="dimmed">
            Collected {formatAbsoluteTime(props.collectedAt)}
            {props.truncated ? " (capped: the largest databases first)" : ""}. Click a name for its
            definition.
          </Text>
        </div>
        <Group gap="xs" align="flex-end">
          <Select
            size="xs"
            label="Database"
            placeholder="All databases"
            clearable
            data={options.databases}
            value={filter.database}
            onChange={(value) => {
              props.setParam("db", value);
              props.setParam("schema", null);
            }}
            data-testid="schema-filter-database"
          />
          <Select
            size="xs"
            label="Schema"
            placeholder="All schemas"
            clearable
            searchable
            data={options.schemas}
            value={filter.schema}
            onChange={(value) => props.setParam("schema", value)}
            data-testid="schema-filter-schema"
          />
          <TextInput
            size="xs"
            label="Search"
            placeholder="Name or table"
            value={filter.search}
            onChange={(event) => props.setParam("q", event.currentTarget.value)}
            data-testid="schema-search"
          />
        </Group>
      </Group>
      <Tabs value={view} onChange={(value) => props.setParam("tab", value)} keepMounted={false}>
        <Tabs.List mb="xs">
          {SCHEMA_VIEWS.map((v) => (
            <Tabs.Tab
              key={v.key}
              value={v.key}
              rightSection={
                <Badge
                  size="xs"
                  variant="light"
                  color={
                    (v.key === "fk" || v.key === "sequences") && counts[v.key] > 0
                      ? "orange"
                      : "gray"
                  }
                >
                  {counts[v.key]}
                </Badge>
              }
              data-testid={`schema-tab-${v.key}`}
            >
              {v.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      {all.length > rows.length && (
        <Text size="xs" c="orange.8" mb="xs" data-testid="schema-objects-capped">
          Showing the {rows.length} largest of {all.length}; narrow the list with the filters above.
        </Text>
      )}
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed" py="md" ta="center" data-testid="schema-objects-none">
          {filter.search || filter.database || filter.schema
            ? "Nothing matches the filter."
            : (EMPTY_TEXT[view] ?? "None in the collected databases.")}
        </Text>
      ) : (
        <DataTable
          key={view}
          columns={columns}
          data={rows}
          getRowId={(row) => row.key}
          initialSorting={
            view === "tables" || view === "indexes"
              ? [{ id: "sizeBytes", desc: true }]
              : [{ id: "name", desc: false }]
          }
          minWidth={900}
          testId={`schema-table-${view}`}
        />
      )}
      <DefinitionModal row={open} onClose={() => setOpen(null)} />
    </Paper>
  );
}

function DefinitionModal({ row, onClose }: { row: SchemaRow | null; onClose: () => void }) {
  const qualified = row
    ? [row.schema, row.table, row.name].filter((p) => p !== null).join(".")
    : "";
  return (
    <Modal
      opened={row !== null}
      onClose={onClose}
      size="xl"
      title={
        <Text fw={600} size="sm">
          {row?.type.replace("_", " ")} {qualified}
        </Text>
      }
    >
      {row && (
        <Stack gap="xs" data-testid="schema-definition">
          <Group gap="xs">
            <Badge size="sm" variant="light" color="gray">
              database {row.database}
            </Badge>
            {row.owner && (
              <Badge size="sm" variant="light" color="gray">
                owner {row.owner}
              </Badge>
            )}
            {row.flags.map((flag) => (
              <Badge key={flag} size="sm" variant="light" color="orange">
                {FLAG_LABELS[flag] ?? flag}
              </Badge>
            ))}
          </Group>
          {row.definition ? (
            <>
              <Code block style={{ whiteSpace: "pre-wrap", maxHeight: 480, overflow: "auto" }}>
                {row.definition}
              </Code>
              <Group justify="flex-end">
                <CopyTextButton value={row.definition} />
              </Group>
            </>
          ) : (
            <EmptyPageState
              title="No definition"
              description="The catalog reports none for this object."
            />
          )}
        </Stack>
      )}
    </Modal>
  );
}
