import { Alert, List, Paper, Stack, Text } from "@mantine/core";
import { PageHeader } from "./page-header.tsx";
import { PreviewBadge, type PreviewStage } from "./preview-badge.tsx";

/** A preview surface: says what is planned and that it does not work yet. */
export function PreviewPage({
  title,
  stage,
  summary,
  planned,
}: {
  title: string;
  stage: PreviewStage;
  summary: string;
  planned: readonly string[];
}) {
  return (
    <Stack gap="md" maw={760}>
      <PageHeader title={title} badge={<PreviewBadge stage={stage} />} description={summary} />
      <Alert variant="light" color="gray" title="Preview" data-testid="preview-notice">
        {stage === "Coming soon"
          ? "This view is being built and is not usable yet. It shows no data until its workflow works end to end."
          : "This view is on the roadmap. It describes where Logstag is heading; nothing here works yet."}
      </Alert>
      <Paper withBorder p="md" radius="sm">
        <Text size="sm" fw={600} mb="xs">
          What is planned
        </Text>
        <List size="sm" spacing={4}>
          {planned.map((item) => (
            <List.Item key={item}>{item}</List.Item>
          ))}
        </List>
      </Paper>
    </Stack>
  );
}
