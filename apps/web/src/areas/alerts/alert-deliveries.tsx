import type { Delivery } from "@logstag/api-contract";
import { Badge, Table, Text } from "@mantine/core";
import { formatAbsoluteTime } from "../../lib/time.utils.ts";

const STATUS_COLORS: Record<Delivery["status"], string> = {
  queued: "gray",
  sent: "teal",
  failed: "red",
};

export function AlertDeliveries({ deliveries }: { deliveries: readonly Delivery[] }) {
  if (deliveries.length === 0)
    return (
      <Text size="sm" c="dimmed" px="md" pb="md" data-testid="deliveries-empty">
        No notification was sent for this alert. Notification policies route alerts to channels.
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table verticalSpacing={4} fz="sm" data-testid="alert-deliveries">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Channel</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Attempts</Table.Th>
            <Table.Th>Created</Table.Th>
            <Table.Th>Sent</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {deliveries.map((delivery) => (
            <Table.Tr key={delivery.id} data-testid="delivery-row">
              <Table.Td>
                {delivery.channelName ?? "(deleted channel)"}
                <Text size="xs" c="dimmed">
                  {delivery.kind}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge color={STATUS_COLORS[delivery.status]} variant="light">
                  {delivery.status}
                </Badge>
                {delivery.lastError && (
                  <Text size="xs" c="red">
                    {delivery.lastError}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{delivery.attempts}</Table.Td>
              <Table.Td>{formatAbsoluteTime(delivery.createdAt)}</Table.Td>
              <Table.Td>{formatAbsoluteTime(delivery.sentAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
