import { Paper, Text } from "@mantine/core";
import { useState } from "react";
import { EmptyPageState, ErrorState, LoadingState } from "../../components/page-states.tsx";
import { useNow } from "../../lib/use-now.ts";
import { ReportFilters } from "./report-filters.tsx";
import { DEFAULT_REPORT_FILTERS, hasActiveFilters, REPORT_LIST_LIMIT } from "./reports.utils.ts";
import { useReportsQuery } from "./reports-query.ts";
import { ReportsTable } from "./reports-table.tsx";
import { useTargetsQuery } from "./targets-query.ts";

/** Reports of every target, filtered by target, engine, score and period. */
export function ReportsPanel() {
  const [filters, setFilters] = useState(DEFAULT_REPORT_FILTERS);
  const reports = useReportsQuery(filters);
  const targets = useTargetsQuery();
  const now = useNow();
  return (
    <Paper withBorder radius="sm">
      <ReportFilters value={filters} onChange={setFilters} targets={targets.data ?? []} />
      {reports.isPending ? (
        <LoadingState label="Loading reports…" />
      ) : reports.isError && !reports.data ? (
        <ErrorState error={reports.error} onRetry={() => reports.refetch()} />
      ) : reports.data.length === 0 ? (
        <EmptyPageState
          title={
            hasActiveFilters(filters)
              ? "No report matches these filters"
              : "No reports in this period"
          }
          description={
            hasActiveFilters(filters)
              ? "Widen the score range or clear the filters."
              : "Each target gets a report a few minutes after its first data, then daily; Members can also generate one in the Health Check area."
          }
        />
      ) : (
        <>
          <ReportsTable reports={reports.data} now={now} />
          <Text size="xs" c="dimmed" px="md" py="xs" data-testid="reports-count">
            {reports.data.length} {reports.data.length === 1 ? "report" : "reports"}, newest first
            {reports.data.length >= REPORT_LIST_LIMIT &&
              ` (the newest ${REPORT_LIST_LIMIT}; narrow the filters to see older ones)`}
          </Text>
        </>
      )}
    </Paper>
  );
}
