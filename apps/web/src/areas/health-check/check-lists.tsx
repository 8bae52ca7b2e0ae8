import type { HealthReport } from "@logstag/api-contract";
import { Badge, Group, Paper, Spoiler, Table, Text, Title } from "@mantine/core";

/** Checks that could not run, why, and what makes them run. */
export function NotEvaluatedCard({ items }: { items: HealthReport["notEvaluated"] }) {
  return (
    <Paper withBorder radius="sm" data-testid="not-evaluated" data-count={items.length}>
      <Heading title="Not evaluated" count={items.length} />
      {items.length === 0 ? (
        <Text size="sm" c="dimmed" px="md" pb="md">
          Every check could run on the data collected.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table fz="sm" verticalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Check</Table.Th>
                <Table.Th>Why it did not run</Table.Th>
                <Table.Th>What makes it run</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <Table.Tr
                  key={item.checkId}
                  data-testid="not-evaluated-row"
                  data-check-id={item.checkId}
                >
                  <Table.Td>
                    <Text size="sm">{item.title}</Text>
                    <Text size="xs" c="dimmed" tt="capitalize">
                      {item.category}
                    </Text>
                  </Table.Td>
                  <Table.Td>{item.reason}</Table.Td>
                  <Table.Td>
                    {item.fix ?? (
                      <Text span size="sm" c="dimmed">
                        –
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}

export function PassedCard({ items }: { items: HealthReport["passed"] }) {
  return (
    <Paper withBorder radius="sm" data-testid="passed-checks" data-count={items.length}>
      <Heading title="Passed" count={items.length} />
      <Spoiler maxHeight={120} showLabel="Show all" hideLabel="Show less" px="md" pb="md">
        <Group gap={6}>
          {items.length === 0 ? (
            <Text size="sm" c="dimmed">
              No check passed in this report.
            </Text>
          ) : (
            items.map((item) => (
              <Badge
                key={item.checkId}
                variant="light"
                color="teal"
                radius="sm"
                tt="none"
                title={item.checkId}
              >
                ✓ {item.title}
              </Badge>
            ))
          )}
        </Group>
      </Spoiler>
    </Paper>
  );
}

function Heading({ title, count }: { title: string; count: number }) {
  return (
    <Group gap="xs" px="md" pt="sm" pb={6}>
      <Title order={3} size="h5">
        {title}
      </Title>
      <Badge size="sm" variant="default">
        {count}
      </Badge>
    </Group>
  );
}
