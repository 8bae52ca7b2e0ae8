import type { HealthReport } from "@logstag/api-contract";
import { Alert, Anchor, SimpleGrid, Stack } from "@mantine/core";
import { Link } from "react-router";
import { NotEvaluatedCard, PassedCard } from "./check-lists.tsx";
import { FindingsSection } from "./findings-section.tsx";
import { ReportDiffCard } from "./report-diff-card.tsx";
import { ScoreCard } from "./score-card.tsx";
import { ScoreHistoryCard } from "./score-history-card.tsx";

export function ReportView(props: { report: HealthReport; isLatest: boolean; latestPath: string }) {
  const { report } = props;
  return (
    <Stack gap="md" data-testid="health-report" data-report-id={report.id}>
      {!props.isLatest && (
        <Alert color="gray" variant="light" data-testid="older-report">
          This is an earlier report. Mutes change the score of the latest report only.{" "}
          <Anchor component={Link} to={props.latestPath} size="sm">
            Open the latest
          </Anchor>
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <ScoreCard report={report} />
        <Stack gap="md">
          <ScoreHistoryCard targetId={report.target.id} />
          <ReportDiffCard report={report} />
        </Stack>
      </SimpleGrid>
      <FindingsSection report={report} />
      <NotEvaluatedCard items={report.notEvaluated} />
      <PassedCard items={report.passed} />
    </Stack>
  );
}
