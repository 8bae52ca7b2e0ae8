import { Group, SimpleGrid, Stack } from "@mantine/core";
import { useNavigate, useParams, useSearchParams } from "react-router";
import { PageHeader } from "../../components/page-header.tsx";
import { EmptyPageState, ErrorState, LoadingState } from "../../components/page-states.tsx";
import { TimeRangePicker } from "../../components/time-range-picker.tsx";
import { ApiClientError } from "../../lib/api-error.ts";
import { parseTimeRangeKey, type TimeRangeKey } from "../../lib/time-range.ts";
import { useNow } from "../../lib/use-now.ts";
import { ConnectionsPanel } from "./connections-panel.tsx";
import { isExplorable } from "./database-explorer.utils.ts";
import { InstanceHeader } from "./instance-header.tsx";
import { TargetPicker } from "./target-picker.tsx";
import { useTargetQuery } from "./target-query.ts";
import { TransactionsPanel } from "./transactions-panel.tsx";

export function InstancePage() {
  const { targetId = "" } = useParams();
  const [search, setSearch] = useSearchParams();
  const navigate = useNavigate();
  const range = parseTimeRangeKey(search.get("range"));
  const target = useTargetQuery(targetId);
  const now = useNow();

  const setRange = (next: TimeRangeKey) => setSearch({ range: next }, { replace: true });
  const openTarget = (id: string) => navigate(`/database-explorer/${id}?range=${range}`);

  return (
    <Stack gap="md">
      <PageHeader
        title="Database Explorer"
        description="Instance metrics over time."
        actions={
          <Group gap="sm">
            <TargetPicker value={targetId} onChange={openTarget} />
            <TimeRangePicker value={range} onChange={setRange} />
          </Group>
        }
      />
      {target.isPending ? (
        <LoadingState label="Loading instance…" />
      ) : target.isError && !target.data ? (
        isMissing(target.error) ? (
          <EmptyPageState
            title="Target not found"
            description="It may have been removed, or the link belongs to another organization. Pick a target above."
          />
        ) : (
          <ErrorState error={target.error} onRetry={() => target.refetch()} />
        )
      ) : target.data && !isExplorable(target.data) ? (
        <EmptyPageState
          title="Not available for this engine yet"
          description="This build of the Database Explorer shows PostgreSQL instances only."
        />
      ) : target.data ? (
        <>
          <InstanceHeader target={target.data} now={now} />
          <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="md">
            <ConnectionsPanel targetId={targetId} range={range} />
            <TransactionsPanel targetId={targetId} range={range} />
          </SimpleGrid>
        </>
      ) : null}
    </Stack>
  );
}

function isMissing(error: unknown): boolean {
  return error instanceof ApiClientError && (error.status === 404 || error.status === 400);
}
