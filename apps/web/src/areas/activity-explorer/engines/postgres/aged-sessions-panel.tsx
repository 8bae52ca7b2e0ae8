import { Paper, Table, Text } from "@mantine/core";
import { themedText } from "../../../../components/theme-colors.ts";
import { formatDuration } from "../../../../lib/time.utils.ts";
import { QueryText } from "./query-text.tsx";
import type { AgedSession } from "./sessions.utils.ts";

/** A short list of sessions with an age: long transactions, idle in transaction. */
export function AgedSessionsPanel(props: {
  title: string;
  description: string;
  emptyText: string;
  ageLabel: string;
  rows: readonly AgedSession[];
  testId: string;
}) {
  return (
    <Paper withBorder radius="sm" p="sm" data-testid={props.testId}>
      <Text fw={600} size="sm">
        {props.title}
        {props.rows.length > 0 && (
          <Text span c={themedText("orange")} size="sm" ml={6}>
            {props.rows.length}
          </Text>
        )}
      </Text>
      <Text size="xs" c="dimmed" mb="xs">
        {props.description}
      </Text>
      {props.rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {props.emptyText}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={420} mah={320}>
          <Table verticalSpacing={4} fz="sm" style={{ whiteSpace: "nowrap" }}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>PID</Table.Th>
                <Table.Th>{props.ageLabel}</Table.Th>
                <Table.Th>User / database</Table.Th>
                <Table.Th>Query</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {props.rows.map(({ session, seconds }) => (
                <Table.Tr key={session.pid} data-testid="aged-session" data-pid={session.pid}>
                  <Table.Td ff="monospace">{session.pid}</Table.Td>
                  <Table.Td fw={600} style={{ whiteSpace: "nowrap" }}>
                    {formatDuration(seconds)}
                  </Table.Td>
                  <Table.Td>
                    {session.user ?? "?"}@{session.database ?? "?"}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: "normal" }}>
                    <QueryText query={session.query} truncated={session.queryTruncated} maw={360} />
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
