import type { AlertDetail } from "@logstag/api-contract";
import { Table, Text } from "@mantine/core";
import { formatAbsoluteTime } from "../../lib/time.utils.ts";

export function AlertTimeline({ events }: { events: AlertDetail["events"] }) {
  if (events.length === 0)
    return (
      <Text size="sm" c="dimmed" px="md" pb="md">
        No state change recorded yet.
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table verticalSpacing={4} fz="sm" data-testid="alert-timeline">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>When</Table.Th>
            <Table.Th>Event</Table.Th>
            <Table.Th>State</Table.Th>
            <Table.Th>Severity</Table.Th>
            <Table.Th>By</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => (
            <Table.Tr
              key={`${event.at}-${event.event}-${event.state}-${event.actor}`}
              data-testid="alert-event"
            >
              <Table.Td>{formatAbsoluteTime(event.at)}</Table.Td>
              <Table.Td>
                {event.event}
                {event.comment && (
                  <Text size="xs" c="dimmed">
                    {event.comment}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{event.state}</Table.Td>
              <Table.Td>{event.severity ?? "—"}</Table.Td>
              <Table.Td>{event.actor ?? "Logstag"}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
