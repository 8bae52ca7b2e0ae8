import type { ReportSummary } from "@logstag/api-contract";
import { ENGINE_LABELS } from "@logstag/protocol";
import { Anchor, Group, Stack, Table, Text } from "@mantine/core";
import { Link } from "react-router";
import { healthReportPath } from "../../components/health-score.utils.ts";
import { LastSeen } from "../../components/last-seen.tsx";
import { ScoreBadge, SeverityBadge } from "../../components/score-badge.tsx";
import { EXPORT_FORMATS, exportHref } from "../../lib/report-exports.ts";

export function ReportsTable({ reports, now }: { reports: readonly ReportSummary[]; now: Date }) {
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing={6} fz="sm" highlightOnHover striped data-testid="reports-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Target</Table.Th>
            <Table.Th w={80}>Score</Table.Th>
            <Table.Th>Worst findings</Table.Th>
            <Table.Th w={120}>Findings</Table.Th>
            <Table.Th w={130}>Made</Table.Th>
            <Table.Th w={150}>Download</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {reports.map((r) => (
            <Table.Tr
              key={r.id}
              data-testid="report-row"
              data-report-id={r.id}
              data-target-name={r.targetName}
            >
              <Table.Td>
                <Anchor component={Link} to={healthReportPath(r.targetId, r.id)} size="sm" fw={600}>
                  {r.targetName}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {ENGINE_LABELS[r.engine]}
                </Text>
              </Table.Td>
              <Table.Td>
                <ScoreBadge score={r.score} size="sm" />
              </Table.Td>
              <Table.Td>
                {r.worst.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    none open
                  </Text>
                ) : (
                  <Stack gap={2}>
                    {r.worst.map((f) => (
                      <Group key={f.checkId} gap={6} wrap="nowrap">
                        <SeverityBadge severity={f.severity} />
                        <Text size="xs" lineClamp={1}>
                          {f.title}
                        </Text>
                      </Group>
                    ))}
                  </Stack>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="xs">
                  {r.counts.findings} found{r.counts.muted > 0 && `, ${r.counts.muted} muted`}
                </Text>
                <Text size="xs" c="dimmed">
                  {r.counts.passed}/{r.counts.checks} passed
                </Text>
              </Table.Td>
              <Table.Td>
                <LastSeen at={r.generatedAt} now={now} />
                <Text size="xs" c="dimmed">
                  {r.trigger === "manual" ? "on demand" : "on schedule"}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap={8} wrap="nowrap">
                  {EXPORT_FORMATS.map(({ format, label }) => (
                    <Anchor key={format} href={exportHref(r.id, format)} download size="xs">
                      {label}
                    </Anchor>
                  ))}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
