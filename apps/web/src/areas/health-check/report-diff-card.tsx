import type { HealthReport } from "@logstag/api-contract";
import { Badge, Group, List, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { scoreDelta } from "../../components/health-score.utils.ts";
import { formatAbsoluteTime } from "../../lib/time.utils.ts";
import { diffView } from "./report.utils.ts";

/** What changed since the target's previous report. */
export function ReportDiffCard({ report }: { report: HealthReport }) {
  const diff = diffView(report);
  return (
    <Paper withBorder radius="sm" p="md" data-testid="report-diff">
      <Title order={3} size="h6" mb={4}>
        Since the previous report
      </Title>
      {diff.firstReport ? (
        <Text size="sm" c="dimmed">
          This is the target&apos;s first report; the next one shows what changed.
        </Text>
      ) : (
        <Stack gap="xs">
          <Text size="xs" c="dimmed">
            Previous report {formatAbsoluteTime(diff.previousGeneratedAt)}, score{" "}
            {diff.previousScore ?? "–"}
            {diff.previousScore !== null && ` (${scoreDelta(report.score, diff.previousScore)})`}
          </Text>
          <SimpleGrid cols={3} spacing="sm">
            <DiffColumn
              title="New"
              color="red"
              testId="diff-new"
              items={diff.added.map((f) => f.title)}
            />
            <DiffColumn
              title="Resolved"
              color="teal"
              testId="diff-resolved"
              items={diff.resolved.map((c) => c.title)}
            />
            <DiffColumn
              title="Unchanged"
              color="gray"
              testId="diff-unchanged"
              items={diff.unchanged.map((f) => f.title)}
            />
          </SimpleGrid>
        </Stack>
      )}
    </Paper>
  );
}

function DiffColumn(props: { title: string; color: string; items: string[]; testId: string }) {
  return (
    <Stack gap={4} data-testid={props.testId} data-count={props.items.length}>
      <Group gap={6}>
        <Badge size="sm" variant="light" color={props.color}>
          {props.items.length}
        </Badge>
        <Text size="sm" fw={600}>
          {props.title}
        </Text>
      </Group>
      {props.items.length === 0 ? (
        <Text size="xs" c="dimmed">
          none
        </Text>
      ) : (
        <List size="xs" spacing={2}>
          {props.items.map((item) => (
            <List.Item key={item}>{item}</List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
