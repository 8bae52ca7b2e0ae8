import type { AgentSummary } from "@logstag/api-contract";
import { Table, Text } from "@mantine/core";
import { LastSeen } from "../../components/last-seen.tsx";
import { sortAgents } from "./assets.utils.ts";

export function AgentsTable({ agents, now }: { agents: readonly AgentSummary[]; now: Date }) {
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table striped highlightOnHover verticalSpacing={6} fz="sm" data-testid="agents-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Hostname</Table.Th>
            <Table.Th>Version</Table.Th>
            <Table.Th>Last seen</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sortAgents(agents).map((agent) => (
            <Table.Tr key={agent.id} data-testid="agent-row" data-agent-name={agent.name}>
              <Table.Td>
                <Text span fw={500} size="sm">
                  {agent.name}
                </Text>
              </Table.Td>
              <Table.Td>{agent.hostname}</Table.Td>
              <Table.Td>{agent.version}</Table.Td>
              <Table.Td>
                <LastSeen at={agent.lastSeenAt} now={now} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
