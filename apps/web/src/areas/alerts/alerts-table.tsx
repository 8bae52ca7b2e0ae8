import type { Alert } from "@logstag/api-contract";
import { Anchor, Badge, Group, Table, Text } from "@mantine/core";
import { Link } from "react-router";
import { formatRelativeTime } from "../../lib/time.utils.ts";
import { useNow } from "../../lib/use-now.ts";
import { formatAlertValue, SEVERITY_COLORS, STATE_COLORS, STATE_LABELS } from "./alerts.utils.ts";

export function AlertsTable({ alerts }: { alerts: readonly Alert[] }) {
  const now = useNow(30_000);
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing={6} fz="sm" data-testid="alerts-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>State</Table.Th>
            <Table.Th>Severity</Table.Th>
            <Table.Th>Rule</Table.Th>
            <Table.Th>Target</Table.Th>
            <Table.Th>Value</Table.Th>
            <Table.Th>Since</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {alerts.map((alert) => (
            <Table.Tr key={alert.id} data-testid="alert-row" data-state={alert.state}>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <Badge color={STATE_COLORS[alert.state]} variant="light">
                    {STATE_LABELS[alert.state]}
                  </Badge>
                  {alert.acknowledged && (
                    <Badge variant="outline" color="gray">
                      ack
                    </Badge>
                  )}
                  {alert.silenced && (
                    <Badge variant="outline" color="gray">
                      silenced
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                {alert.severity ? (
                  <Badge color={SEVERITY_COLORS[alert.severity]} variant="dot">
                    {alert.severity}
                  </Badge>
                ) : (
                  <Text size="sm" c="dimmed">
                    —
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Anchor
                  component={Link}
                  to={`/alerts/${alert.id}`}
                  size="sm"
                  data-testid="alert-link"
                >
                  {alert.ruleName}
                </Anchor>
                {Object.keys(alert.labels).length > 0 && (
                  <Text size="xs" c="dimmed">
                    {Object.entries(alert.labels)
                      .map(([k, v]) => `${k}=${v}`)
                      .join(", ")}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {alert.assetName}
                <Text size="xs" c="dimmed">
                  {alert.engine}
                </Text>
              </Table.Td>
              <Table.Td>{formatAlertValue(alert.value, alert.unit)}</Table.Td>
              <Table.Td>{formatRelativeTime(alert.since, now)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
