import { ENGINE_LABELS } from "@logstag/protocol";
import { Anchor, Stack } from "@mantine/core";
import type { ReactNode } from "react";
import { Link, useParams, useSearchParams } from "react-router";
import { healthReportPath } from "../../components/health-score.utils.ts";
import { PageHeader } from "../../components/page-header.tsx";
import { EmptyPageState, ErrorState, LoadingState } from "../../components/page-states.tsx";
import { RequireAccess } from "../../components/require-access.tsx";
import { useFleetQuery } from "./fleet-query.ts";
import { GenerateReportButton } from "./generate-report-button.tsx";
import { reportSubtitle } from "./report.utils.ts";
import { ReportActions } from "./report-actions.tsx";
import { useReportQuery } from "./report-query.ts";
import { ReportView } from "./report-view.tsx";
import { useTargetReportsQuery } from "./target-reports-query.ts";

export function TargetReportPage() {
  const { targetId = "" } = useParams();
  return (
    <RequireAccess access="reports.read">
      <TargetReport targetId={targetId} />
    </RequireAccess>
  );
}

function TargetReport({ targetId }: { targetId: string }) {
  const [search, setSearch] = useSearchParams();
  const fleet = useFleetQuery();
  const reports = useTargetReportsQuery(targetId);
  const chosen = search.get("report") ?? undefined;
  const reportId = chosen ?? reports.data?.[0]?.id;
  const report = useReportQuery(reportId);
  const entry = fleet.data?.targets.find((t) => t.targetId === targetId);
  const name = report.data?.target.name ?? entry?.targetName ?? "Health Check";

  const back = (
    <Anchor component={Link} to="/health-check" size="sm" data-testid="back-to-fleet">
      ← All targets
    </Anchor>
  );
  const header = (
    <PageHeader
      title={name}
      description={report.data ? reportSubtitle(report.data) : "Health check report"}
      actions={
        reports.data && reports.data.length > 0 && reportId ? (
          <ReportActions
            targetId={targetId}
            reportId={reportId}
            reports={reports.data}
            onPick={(id) => setSearch(id === reports.data?.[0]?.id ? {} : { report: id })}
            onGenerated={() => setSearch({})}
          />
        ) : undefined
      }
    />
  );

  let body: ReactNode;
  if (reports.isPending || fleet.isPending) body = <LoadingState label="Loading reports…" />;
  else if (fleet.data && !entry)
    body = (
      <EmptyPageState
        title="Target not found"
        description="It may have been removed, or the link belongs to another organization."
      />
    );
  else if (reports.isError)
    body = <ErrorState error={reports.error} onRetry={() => reports.refetch()} />;
  else if (entry && !entry.supported)
    body = (
      <EmptyPageState
        title="No health checks for this engine yet"
        description={`Logstag does not check ${ENGINE_LABELS[entry.engine]} targets yet.`}
      />
    );
  else if (reports.data.length === 0)
    body = (
      <EmptyPageState
        title="No report for this target yet"
        description="The first report is made a few minutes after the target's first data, then daily."
      >
        <GenerateReportButton
          targetId={targetId}
          onDone={() => setSearch({})}
          explainIfNotAllowed
        />
      </EmptyPageState>
    );
  else if (report.isPending) body = <LoadingState label="Loading the report…" />;
  else if (report.isError)
    body = <ErrorState error={report.error} onRetry={() => report.refetch()} />;
  else
    body = (
      <ReportView
        report={report.data}
        isLatest={report.data.id === reports.data[0]?.id}
        latestPath={healthReportPath(targetId)}
      />
    );

  return (
    <Stack gap={4}>
      {back}
      {header}
      {body}
    </Stack>
  );
}
