import type { FleetEntry } from "@logstag/api-contract";
import { ENGINE_LABELS } from "@logstag/protocol";
import { Anchor, Group, Stack, Table, Text, Tooltip } from "@mantine/core";
import { Link } from "react-router";
import { healthReportPath, scoreDelta } from "../../components/health-score.utils.ts";
import { LastSeen } from "../../components/last-seen.tsx";
import { ScoreBadge, SeverityBadge } from "../../components/score-badge.tsx";
import { missingScoreReason } from "./fleet.utils.ts";
import { GenerateReportButton } from "./generate-report-button.tsx";

export function FleetTable(props: { entries: readonly FleetEntry[]; now: Date; canRun: boolean }) {
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table verticalSpacing={8} fz="sm" highlightOnHover data-testid="fleet-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Target</Table.Th>
            <Table.Th w={90}>Score</Table.Th>
            <Table.Th>Worst findings</Table.Th>
            <Table.Th w={130}>Last report</Table.Th>
            {props.canRun && <Table.Th w={140} />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.entries.map((entry) => (
            <FleetRow key={entry.targetId} entry={entry} now={props.now} canRun={props.canRun} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function FleetRow({ entry, now, canRun }: { entry: FleetEntry; now: Date; canRun: boolean }) {
  const latest = entry.latest;
  const missing = missingScoreReason(entry);
  const delta = latest ? scoreDelta(latest.score, entry.previousScore) : null;
  return (
    <Table.Tr
      data-testid="fleet-row"
      data-target-name={entry.targetName}
      data-target-id={entry.targetId}
    >
      <Table.Td>
        {entry.supported ? (
          <Anchor
            component={Link}
            to={healthReportPath(entry.targetId)}
            fw={600}
            size="sm"
            data-testid="fleet-target-link"
          >
            {entry.targetName}
          </Anchor>
        ) : (
          <Text size="sm" fw={600}>
            {entry.targetName}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {ENGINE_LABELS[entry.engine]}
        </Text>
      </Table.Td>
      <Table.Td>
        <Group gap={6} wrap="nowrap">
          <ScoreBadge score={latest?.score ?? null} />
          {delta && (
            <Tooltip label={`Previous report: ${entry.previousScore}`} withArrow>
              <Text size="xs" c={delta.startsWith("−") ? "red" : "dimmed"}>
                {delta}
              </Text>
            </Tooltip>
          )}
        </Group>
      </Table.Td>
      <Table.Td>
        {missing ? (
          <Text size="sm" c="dimmed">
            {missing}
          </Text>
        ) : latest && latest.worst.length === 0 ? (
          <Text size="sm" c="teal.8">
            No open findings ({latest.counts.passed} checks passed)
          </Text>
        ) : (
          <Stack gap={2}>
            {latest?.worst.map((f) => (
              <Group key={f.checkId} gap={6} wrap="nowrap">
                <SeverityBadge severity={f.severity} />
                <Text size="sm" lineClamp={1}>
                  {f.title}
                </Text>
              </Group>
            ))}
            {latest && latest.counts.findings > latest.worst.length && (
              <Text size="xs" c="dimmed">
                {latest.counts.findings} findings in all
                {latest.counts.muted > 0 && `, ${latest.counts.muted} muted`}
              </Text>
            )}
          </Stack>
        )}
      </Table.Td>
      <Table.Td>{latest ? <LastSeen at={latest.generatedAt} now={now} /> : "–"}</Table.Td>
      {canRun && (
        <Table.Td>
          {entry.supported && <GenerateReportButton targetId={entry.targetId} size="compact-xs" />}
        </Table.Td>
      )}
    </Table.Tr>
  );
}
