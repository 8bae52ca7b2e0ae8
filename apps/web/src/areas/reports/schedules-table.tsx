import type { ReportSchedule } from "@logstag/api-contract";
import { Badge, Button, Group, Table, Text } from "@mantine/core";
import { LastSeen } from "../../components/last-seen.tsx";
import { describeCadence, describeRecipients, describeTargets } from "./schedule.utils.ts";

export function SchedulesTable(props: {
  schedules: readonly ReportSchedule[];
  namesById: ReadonlyMap<string, string>;
  now: Date;
  canManage: boolean;
  onEdit: (schedule: ReportSchedule) => void;
  onDelete: (schedule: ReportSchedule) => void;
}) {
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table verticalSpacing={6} fz="sm" highlightOnHover data-testid="schedules-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Schedule</Table.Th>
            <Table.Th>Targets</Table.Th>
            <Table.Th>Recipients</Table.Th>
            <Table.Th w={110}>Attach</Table.Th>
            <Table.Th>Last run</Table.Th>
            {props.canManage && <Table.Th w={130} />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.schedules.map((s) => (
            <Table.Tr key={s.id} data-testid="schedule-row" data-name={s.name}>
              <Table.Td>
                <Group gap={6}>
                  <Text size="sm" fw={600}>
                    {s.name}
                  </Text>
                  {!s.enabled && (
                    <Badge size="xs" color="gray" variant="light">
                      paused
                    </Badge>
                  )}
                </Group>
                <Text size="xs" c="dimmed" data-testid="schedule-cadence">
                  {describeCadence(s)}
                </Text>
              </Table.Td>
              <Table.Td>{describeTargets(s.targetIds, props.namesById)}</Table.Td>
              <Table.Td style={{ wordBreak: "break-word" }}>
                <Text size="sm" c={s.recipients.length === 0 ? "dimmed" : undefined}>
                  {describeRecipients(s.recipients)}
                </Text>
              </Table.Td>
              <Table.Td>{s.attachments.map((a) => a.toUpperCase()).join(", ") || "–"}</Table.Td>
              <Table.Td>
                {s.lastRunAt ? (
                  <LastSeen at={s.lastRunAt} now={props.now} />
                ) : (
                  <Text size="sm" c="dimmed">
                    not yet
                  </Text>
                )}
                {s.lastResult && (
                  <Text size="xs" c="dimmed">
                    {s.lastResult}
                  </Text>
                )}
              </Table.Td>
              {props.canManage && (
                <Table.Td>
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    <Button
                      size="compact-xs"
                      variant="default"
                      onClick={() => props.onEdit(s)}
                      data-testid="schedule-edit"
                    >
                      Edit
                    </Button>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="red"
                      onClick={() => props.onDelete(s)}
                      data-testid="schedule-delete"
                    >
                      Delete
                    </Button>
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
