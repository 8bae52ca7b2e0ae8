import type { HealthReport } from "@logstag/api-contract";
import { Badge, Group, Paper, RingProgress, Stack, Table, Text, Title } from "@mantine/core";
import { scoreDelta, scoreLook } from "../../components/health-score.utils.ts";
import { SeverityBadge } from "../../components/score-badge.tsx";
import {
  countBySeverity,
  deductionText,
  formatWeight,
  scoreBreakdown,
  scoreEquation,
  scoringLegend,
  weightFormula,
} from "./report.utils.ts";

/** The score and exactly how it came about: each finding's weight, the sum and the rule. */
export function ScoreCard({ report }: { report: HealthReport }) {
  const look = scoreLook(report.score);
  const breakdown = scoreBreakdown(report);
  const delta = scoreDelta(report.score, report.diff.previousScore);
  const legend = scoringLegend(report.scoring);
  return (
    <Paper withBorder radius="sm" p="md" data-testid="score-card">
      <Group gap="lg" align="center" wrap="nowrap">
        <RingProgress
          size={110}
          thickness={10}
          roundCaps
          sections={[{ value: report.score, color: look.color }]}
          label={
            <Text ta="center" fw={700} size="xl" data-testid="report-score">
              {report.score}
            </Text>
          }
        />
        <Stack gap={4}>
          <Group gap="xs">
            <Badge color={look.color} variant="light">
              {look.label}
            </Badge>
            {delta && (
              <Text size="sm" c="dimmed">
                {delta} since the previous report ({report.diff.previousScore})
              </Text>
            )}
          </Group>
          <Text size="sm">
            {report.counts.checks} checks: {report.counts.passed} passed, {report.counts.findings}{" "}
            findings{report.counts.muted > 0 && ` (${report.counts.muted} muted)`},{" "}
            {report.counts.notEvaluated} not evaluated
          </Text>
          <Group gap={6}>
            {countBySeverity(report.findings).map(([severity, n]) => (
              <Group key={severity} gap={2}>
                <SeverityBadge severity={severity} />
                <Text size="xs">× {n}</Text>
              </Group>
            ))}
          </Group>
        </Stack>
      </Group>
      <Title order={3} size="h6" mt="md" mb={4}>
        How the score is computed
      </Title>
      <Text size="xs" c="dimmed" mb="xs" data-testid="score-rule">
        {report.scoring.rule}.
      </Text>
      {report.findings.length > 0 && (
        <Table fz="xs" verticalSpacing={3} data-testid="score-breakdown">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Finding</Table.Th>
              <Table.Th>Severity × category</Table.Th>
              <Table.Th ta="right">Counts</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.findings.map((f) => (
              <Table.Tr key={f.checkId} c={f.muted ? "dimmed" : undefined}>
                <Table.Td>{f.title}</Table.Td>
                <Table.Td style={{ whiteSpace: "nowrap" }}>
                  {f.severity} × {f.category}: {weightFormula(f, report.scoring)}
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                  {f.muted ? "0 (muted)" : deductionText(f.weight)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Text size="sm" mt="xs" fw={600} data-testid="score-sum">
        {scoreEquation(breakdown.lost, report.score)}
        {breakdown.mutedWeight > 0 && (
          <Text span size="xs" c="dimmed" fw={400}>
            {" "}
            · muted findings would take off {formatWeight(breakdown.mutedWeight)} more
          </Text>
        )}
      </Text>
      <Text size="xs" c="dimmed" mt={4}>
        Severity points: {legend.points}
        <br />
        Category factors: {legend.factors}
      </Text>
    </Paper>
  );
}
