import { Code, Paper, Text } from "@mantine/core";
import { PageHeader } from "../../components/page-header.tsx";
import { EmptyPageState, ErrorState, LoadingState } from "../../components/page-states.tsx";
import { RequireAccess } from "../../components/require-access.tsx";
import { canAccess } from "../../lib/session/access.ts";
import { useSession } from "../../lib/session/use-session.ts";
import { useNow } from "../../lib/use-now.ts";
import { describeFleet, sortFleet } from "./fleet.utils.ts";
import { useFleetQuery } from "./fleet-query.ts";
import { FleetTable } from "./fleet-table.tsx";

export function HealthCheckPage() {
  const fleet = useFleetQuery();
  const entries = fleet.data ? sortFleet(fleet.data.targets) : undefined;
  return (
    <>
      <PageHeader
        title="Health Check"
        description={
          entries && entries.length > 0
            ? `${describeFleet(entries)} · worst first`
            : "A scored report per database: what is wrong, the evidence, and what to change."
        }
      />
      <RequireAccess access="reports.read">
        <FleetBody fleet={fleet} entries={entries} />
      </RequireAccess>
    </>
  );
}

function FleetBody({
  fleet,
  entries,
}: {
  fleet: ReturnType<typeof useFleetQuery>;
  entries: ReturnType<typeof sortFleet> | undefined;
}) {
  const { capabilities } = useSession();
  const now = useNow();
  if (fleet.isPending) return <LoadingState label="Loading the latest reports…" />;
  if (!entries) return <ErrorState error={fleet.error} onRetry={() => fleet.refetch()} />;
  if (entries.length === 0) {
    return (
      <EmptyPageState
        title="No targets yet"
        description={
          <>
            Start an agent next to your databases (
            <Code>logstag-agent run --config logstag-agent.toml</Code>). A target&apos;s first
            report is made a few minutes after its first data.
          </>
        }
      />
    );
  }
  const canRun = canAccess(capabilities, "reports.manage");
  return (
    <Paper withBorder radius="sm">
      <FleetTable entries={entries} now={now} canRun={canRun} />
      {!canRun && (
        <Text size="xs" c="dimmed" px="md" py="sm" data-testid="generate-not-allowed">
          Reports are made daily. Members and above can also generate one on demand.
        </Text>
      )}
    </Paper>
  );
}
