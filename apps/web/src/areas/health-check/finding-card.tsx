import type { Finding, HealthReport } from "@logstag/api-contract";
import { Anchor, Badge, Box, Code, Group, Stack, Table, Text, Tooltip } from "@mantine/core";
import { CopyTextButton } from "../../components/copy-text-button.tsx";
import { SeverityBadge } from "../../components/score-badge.tsx";
import { FindingMuteAction } from "./finding-mute-action.tsx";
import { describeMute } from "./mute.utils.ts";
import { deductionText, formatWeight, weightFormula } from "./report.utils.ts";

export function FindingCard({ finding, report }: { finding: Finding; report: HealthReport }) {
  return (
    <Box
      px="md"
      py="sm"
      style={{ borderTop: "1px solid var(--mantine-color-gray-3)" }}
      opacity={finding.muted ? 0.75 : 1}
      data-testid="finding"
      data-check-id={finding.checkId}
      data-muted={finding.muted ? "true" : "false"}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Group gap={8} wrap="wrap">
          <SeverityBadge severity={finding.severity} />
          <Text fw={600} size="sm">
            {finding.title}
          </Text>
          {finding.change === "new" && (
            <Badge size="xs" color="red" variant="outline">
              new
            </Badge>
          )}
          {finding.muted && (
            <Badge size="xs" color="gray" variant="filled" data-testid="finding-muted">
              muted
            </Badge>
          )}
        </Group>
        <Group gap="sm" wrap="nowrap">
          <Tooltip
            label={`${finding.severity} × ${finding.category}: ${weightFormula(finding, report.scoring)}`}
            withArrow
          >
            <Text
              size="xs"
              c="dimmed"
              style={{ whiteSpace: "nowrap" }}
              data-testid="finding-weight"
            >
              {finding.muted
                ? `0 (would be −${formatWeight(finding.baseWeight)})`
                : deductionText(finding.weight)}
            </Text>
          </Tooltip>
          <FindingMuteAction finding={finding} targetId={report.target.id} />
        </Group>
      </Group>
      <Stack gap={6} mt={6}>
        <Text size="sm">{finding.summary}</Text>
        {finding.muted && (
          <Text size="xs" c="dimmed" data-testid="finding-mute-note">
            {describeMute(finding.muted)}
          </Text>
        )}
        {finding.evidence.length > 0 && <EvidenceTable evidence={finding.evidence} />}
        <Text size="sm">
          <Text span fw={600} size="sm">
            Recommendation:{" "}
          </Text>
          {finding.recommendation}
        </Text>
        {finding.command && (
          <Group gap="xs" align="flex-start" wrap="nowrap">
            <Code block style={{ flex: 1, whiteSpace: "pre-wrap" }} data-testid="finding-command">
              {finding.command}
            </Code>
            <CopyTextButton value={finding.command} testId="copy-command" />
          </Group>
        )}
        {finding.docsUrl && (
          <Anchor href={finding.docsUrl} target="_blank" rel="noreferrer" size="xs">
            Documentation ↗
          </Anchor>
        )}
      </Stack>
    </Box>
  );
}

function EvidenceTable({ evidence }: { evidence: Finding["evidence"] }) {
  return (
    <Table
      fz="xs"
      verticalSpacing={2}
      withTableBorder
      withColumnBorders
      maw={720}
      data-testid="finding-evidence"
    >
      <Table.Tbody>
        {evidence.map((e) => (
          <Table.Tr key={`${e.label}=${e.value}`}>
            <Table.Td w="35%" c="dimmed">
              {e.label}
            </Table.Td>
            <Table.Td ff="monospace" style={{ wordBreak: "break-word" }}>
              {e.value}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
