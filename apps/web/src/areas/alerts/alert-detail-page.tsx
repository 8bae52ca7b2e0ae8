import type { AlertDetail } from "@logstag/api-contract";
import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { Link, useParams } from "react-router";
import { PageHeader } from "../../components/page-header.tsx";
import { ErrorState, LoadingState } from "../../components/page-states.tsx";
import { RequireAccess } from "../../components/require-access.tsx";
import { formatAbsoluteTime } from "../../lib/time.utils.ts";
import { AcknowledgeButton } from "./acknowledge-button.tsx";
import { AlertDeliveries } from "./alert-deliveries.tsx";
import { useAlertQuery } from "./alert-query.ts";
import { AlertSignalCard } from "./alert-signal-card.tsx";
import { AlertTimeline } from "./alert-timeline.tsx";
import { formatAlertValue, SEVERITY_COLORS, STATE_COLORS, STATE_LABELS } from "./alerts.utils.ts";

export function AlertDetailPage() {
  const { alertId = "" } = useParams();
  return (
    <RequireAccess access="alerts.read">
      <AlertDetailView alertId={alertId} />
    </RequireAccess>
  );
}

function AlertDetailView({ alertId }: { alertId: string }) {
  const alert = useAlertQuery(alertId);
  const back = (
    <Anchor component={Link} to="/alerts" size="sm" data-testid="back-to-alerts">
      ← All alerts
    </Anchor>
  );
  if (alert.isPending) return <LoadingState label="Loading the alert…" />;
  if (alert.isError)
    return (
      <>
        {back}
        <ErrorState error={alert.error} onRetry={() => alert.refetch()} />
      </>
    );
  const data = alert.data;
  return (
    <>
      {back}
      <PageHeader
        title={data.ruleName}
        description={`${data.assetName} (${data.engine})`}
        actions={
          <Group gap="xs">
            {data.explorePath && (
              <Button
                component={Link}
                to={data.explorePath}
                variant="default"
                size="sm"
                data-testid="alert-explore"
              >
                Open in Database Explorer
              </Button>
            )}
            <AcknowledgeButton alert={data} />
          </Group>
        }
      />
      <Stack gap="md">
        <AlertSummary alert={data} />
        <AlertSignalCard alertId={data.id} />
        <Card title="Timeline">
          <AlertTimeline events={data.events} />
        </Card>
        <Card title="Notifications">
          <AlertDeliveries deliveries={data.deliveries} />
        </Card>
      </Stack>
    </>
  );
}

function AlertSummary({ alert }: { alert: AlertDetail }) {
  const annotations = Object.entries(alert.annotations);
  return (
    <Paper withBorder radius="sm" p="md" data-testid="alert-summary">
      <Group gap="xs" mb="xs">
        <Badge color={STATE_COLORS[alert.state]} variant="light" data-testid="alert-state">
          {STATE_LABELS[alert.state]}
        </Badge>
        {alert.severity && (
          <Badge color={SEVERITY_COLORS[alert.severity]} variant="dot">
            {alert.severity}
          </Badge>
        )}
        {alert.silenced && (
          <Badge color="gray" variant="outline">
            silenced
          </Badge>
        )}
        {alert.inhibited && (
          <Badge color="gray" variant="outline">
            inhibited
          </Badge>
        )}
        <Text size="sm" c="dimmed">
          since {formatAbsoluteTime(alert.since)} · value{" "}
          {formatAlertValue(alert.value, alert.unit)}
        </Text>
      </Group>
      {alert.acknowledged && (
        <Text size="sm" data-testid="alert-acknowledged">
          Acknowledged by {alert.acknowledged.by} at {formatAbsoluteTime(alert.acknowledged.at)}
          {alert.acknowledged.comment ? `: “${alert.acknowledged.comment}”` : ""}
        </Text>
      )}
      {annotations.map(([name, text]) => (
        <Text key={name} size="sm" mt={4} data-testid="alert-annotation">
          <Text span fw={600} size="sm">
            {name}:{" "}
          </Text>
          {text}
        </Text>
      ))}
    </Paper>
  );
}

function Card({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="sm">
      <Title order={3} size="h5" px="md" pt="sm" pb={4}>
        {title}
      </Title>
      {children}
    </Paper>
  );
}
