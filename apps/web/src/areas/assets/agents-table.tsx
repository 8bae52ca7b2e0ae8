import type { AgentSummary } from "@logstag/api-contract";
import { Badge, Group, Table, Text, Tooltip } from "@mantine/core";
import { LastSeen } from "../../components/last-seen.tsx";
import { agentHealthNotes } from "./agent-health.utils.ts";
import { sortAgents } from "./assets.utils.ts";

function AgentHealthBadges({ agent }: { agent: AgentSummary }) {
  const notes = agentHealthNotes(agent.health);
  if (!agent.health)
    return (
      <Text size="sm" c="dimmed">
        no heartbeat yet
      </Text>
    );
  if (notes.length === 0)
    return (
      <Text size="sm" c="teal">
        healthy
      </Text>
    );
  return (
    <Group gap={4}>
      {notes.map((note) => (
        <Tooltip key={note.label} label={note.detail} withArrow multiline maw={360}>
          <Badge
            color={note.color}
            variant="light"
            size="sm"
            radius="sm"
            data-testid="agent-health"
          >
            {note.label}
          </Badge>
        </Tooltip>
      ))}
    </Group>
  );
}

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
            <Table.Th>Health</Table.Th>
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
              <Table.Td>
                <AgentHealthBadges agent={agent} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
