import type { ChangeEvent } from "@logstag/api-contract";
import {
  Badge,
  Code,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  Timeline,
} from "@mantine/core";
import { type ReactNode, useMemo, useState } from "react";
import {
  ErrorState,
  LoadingState,
  NoPermissionState,
} from "../../../../components/page-states.tsx";
import { TimeRangePicker } from "../../../../components/time-range-picker.tsx";
import { ApiClientError } from "../../../../lib/api-error.ts";
import { formatAbsoluteTime } from "../../../../lib/time.utils.ts";
import { resolveTimeWindow, TIME_RANGES, type TimeRangeKey } from "../../../../lib/time-range.ts";
import { useChangesQuery } from "../../queries.ts";
import { type ChangeKindFilter, changeKind, diffText, filterChanges } from "./schema.utils.ts";

const CHANGE_COLORS = { created: "teal", altered: "blue", dropped: "red" } as const;
const SHOWN = 200;

export function ChangeDiff({ event }: { event: ChangeEvent }) {
  if (event.diff.length === 0) return null;
  return (
    <Table fz="xs" withTableBorder withColumnBorders mt={4} data-testid="change-diff">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={120}>Field</Table.Th>
          <Table.Th>Before</Table.Th>
          <Table.Th>After</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {event.diff.map((d) => (
          <Table.Tr key={d.field}>
            <Table.Td>{d.field}</Table.Td>
            <Table.Td>
              <Code block style={{ whiteSpace: "pre-wrap" }} c="red.7">
                {diffText(d.before)}
              </Code>
            </Table.Td>
            <Table.Td>
              <Code block style={{ whiteSpace: "pre-wrap" }} c="teal.7">
                {diffText(d.after)}
              </Code>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function ChangeTitle({ event }: { event: ChangeEvent }) {
  return (
    <Group gap={6} wrap="nowrap">
      <Badge size="xs" variant="light" color={CHANGE_COLORS[event.change]}>
        {event.change}
      </Badge>
      <Text size="xs" c="dimmed">
        {changeKind(event)} · {event.objectType.replace("_", " ")}
      </Text>
      <Text size="sm" ff="monospace" truncate>
        {event.objectName}
      </Text>
    </Group>
  );
}

export function ChangesPanel({
  targetId,
  range,
  onRange,
}: {
  targetId: string;
  range: TimeRangeKey;
  onRange: (range: TimeRangeKey) => void;
}) {
  const window = useMemo(() => resolveTimeWindow(range, new Date()), [range]);
  const changes = useChangesQuery(targetId, window);
  const [kind, setKind] = useState<ChangeKindFilter>("all");
  const [search, setSearch] = useState("");
  const events = filterChanges(changes.data?.events ?? [], kind, search);
  const label = TIME_RANGES.find((r) => r.key === range)?.label ?? range;

  let body: ReactNode;
  if (changes.isPending) body = <LoadingState label="Loading changes…" />;
  else if (changes.isError && !changes.data) {
    body =
      changes.error instanceof ApiClientError && changes.error.status === 403 ? (
        <NoPermissionState who="members allowed to read this target's metrics" />
      ) : (
        <ErrorState error={changes.error} onRetry={() => changes.refetch()} />
      );
  } else if (events.length === 0) {
    body = (
      <Text size="sm" c="dimmed" py="md" ta="center" data-testid="changes-none">
        {changes.data?.events.length
          ? "No change matches the filter."
          : `No schema, setting or role change in the last ${label}.`}
      </Text>
    );
  } else {
    body = (
      <Timeline bulletSize={12} lineWidth={2} data-testid="changes-timeline">
        {events.slice(0, SHOWN).map((event) => (
          <Timeline.Item
            key={`${event.at}-${event.kind}-${event.objectType}-${event.objectName}-${event.change}`}
            color={CHANGE_COLORS[event.change]}
            title={<ChangeTitle event={event} />}
            data-testid="change-event"
          >
            <Text size="xs" c="dimmed">
              {formatAbsoluteTime(event.at)}
            </Text>
            <ChangeDiff event={event} />
          </Timeline.Item>
        ))}
      </Timeline>
    );
  }

  return (
    <Paper withBorder radius="sm" p="sm" data-testid="schema-changes">
      <Group justify="space-between" mb="sm" align="flex-end">
        <div>
          <Text fw={600} size="sm">
            Change history
          </Text>
          <Text size="xs" c="dimmed">
            Objects created, altered (with the difference) or dropped in the last {label}, newest
            first{changes.data?.truncated ? "; only the newest events are shown" : ""}
            {events.length > SHOWN ? `; the first ${SHOWN} of ${events.length}` : ""}.
          </Text>
        </div>
        <Group gap="xs" align="flex-end">
          <SegmentedControl
            size="xs"
            value={kind}
            onChange={(value) => setKind(value as ChangeKindFilter)}
            data={[
              { value: "all", label: "All" },
              { value: "schema", label: "Schema" },
              { value: "settings", label: "Settings" },
              { value: "roles", label: "Roles" },
            ]}
          />
          <TimeRangePicker value={range} onChange={onRange} />
          <TextInput
            size="xs"
            placeholder="Object name"
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
          />
        </Group>
      </Group>
      <Stack gap="xs">{body}</Stack>
    </Paper>
  );
}
