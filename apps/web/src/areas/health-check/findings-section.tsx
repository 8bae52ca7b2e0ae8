import type { HealthReport } from "@logstag/api-contract";
import { Group, Paper, Stack, Text, Title } from "@mantine/core";
import { FindingCard } from "./finding-card.tsx";
import { formatWeight, groupFindings } from "./report.utils.ts";

/** Findings per category, most severe first, each with its evidence, fix and mute. */
export function FindingsSection({ report }: { report: HealthReport }) {
  const groups = groupFindings(report.findings);
  if (groups.length === 0) {
    return (
      <Paper withBorder radius="sm" p="md" data-testid="no-findings">
        <Text size="sm">
          No findings: every check that could run passed.
          {report.counts.notEvaluated > 0 &&
            " Some checks could not run; see “Not evaluated” below for what they need."}
        </Text>
      </Paper>
    );
  }
  return (
    <Stack gap="md" data-testid="findings">
      {groups.map((group) => (
        <Paper
          key={group.category}
          withBorder
          radius="sm"
          data-testid="finding-category"
          data-category={group.category}
        >
          <Group justify="space-between" px="md" pt="sm" pb={6}>
            <Title order={3} size="h5" tt="capitalize">
              {group.category}
            </Title>
            <Text size="xs" c="dimmed">
              {group.findings.length} {group.findings.length === 1 ? "finding" : "findings"} · takes
              off {formatWeight(group.weight)}
            </Text>
          </Group>
          <Stack gap={0}>
            {group.findings.map((finding) => (
              <FindingCard key={finding.checkId} finding={finding} report={report} />
            ))}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
