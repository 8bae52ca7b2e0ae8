import { Paper, Stack } from "@mantine/core";
import { useState } from "react";
import { PageHeader } from "../../components/page-header.tsx";
import { EmptyPageState, ErrorState, LoadingState } from "../../components/page-states.tsx";
import { RequireAccess } from "../../components/require-access.tsx";
import { AlertFilters } from "./alert-filters.tsx";
import { type AlertListFilters, DEFAULT_ALERT_FILTERS, filterAlerts } from "./alerts.utils.ts";
import { useAlertsQuery } from "./alerts-query.ts";
import { AlertsSubnav } from "./alerts-subnav.tsx";
import { AlertsTable } from "./alerts-table.tsx";

export function AlertsPage() {
  return (
    <>
      <PageHeader
        title="Alerts"
        description="What is firing and pending, and what resolved lately."
      />
      <AlertsSubnav />
      <RequireAccess access="alerts.read">
        <AlertsList />
      </RequireAccess>
    </>
  );
}

function AlertsList() {
  const [filters, setFilters] = useState<AlertListFilters>(DEFAULT_ALERT_FILTERS);
  const alerts = useAlertsQuery(filters);
  const shown = alerts.data ? filterAlerts(alerts.data, filters.state) : [];
  return (
    <Stack gap="sm">
      <AlertFilters filters={filters} alerts={alerts.data ?? []} onChange={setFilters} />
      <Paper withBorder radius="sm">
        {alerts.isPending ? (
          <LoadingState label="Loading alerts…" />
        ) : alerts.isError ? (
          <ErrorState error={alerts.error} onRetry={() => alerts.refetch()} />
        ) : shown.length === 0 ? (
          <EmptyPageState
            title="No alert matches"
            description="Nothing is firing or pending for these filters."
          />
        ) : (
          <AlertsTable alerts={shown} />
        )}
      </Paper>
    </Stack>
  );
}
