import type { ActivitySessionsResponse } from "@logstag/api-contract";
import { SimpleGrid, Stack } from "@mantine/core";
import {
  EmptyPageState,
  ErrorState,
  LoadingState,
  NoPermissionState,
} from "../../components/page-states.tsx";
import { ApiClientError } from "../../lib/api-error.ts";
import type { TimeRangeKey } from "../../lib/time-range.ts";
import { neighbourSamples } from "./activity.utils.ts";
import { useActivitySamplesQuery } from "./activity-samples-query.ts";
import { useActivitySessionsQuery } from "./activity-sessions-query.ts";
import { AgedSessionsPanel } from "./aged-sessions-panel.tsx";
import { BlockingTreePanel } from "./blocking-tree-panel.tsx";
import { MomentBar } from "./moment-bar.tsx";
import {
  IDLE_IN_TRANSACTION_SECONDS,
  idleInTransaction,
  LONG_TRANSACTION_SECONDS,
  longRunningTransactions,
} from "./sessions.utils.ts";
import { SessionsPanel } from "./sessions-panel.tsx";

/** Everything about one sample: the moment picker, blocking, long transactions and sessions. */
export function SampleView({
  targetId,
  range,
  moment,
  onMoment,
}: {
  targetId: string;
  range: TimeRangeKey;
  moment: string | null;
  onMoment: (at: string | null) => void;
}) {
  const sessions = useActivitySessionsQuery(targetId, moment, true);
  const samples = useActivitySamplesQuery(targetId, range, true);
  const sampledAt = sessions.data?.sampledAt ?? null;
  const neighbours =
    sampledAt && samples.data ? neighbourSamples(samples.data.samples, sampledAt) : null;

  return (
    <Stack gap="md">
      <MomentBar
        moment={moment}
        sampledAt={sampledAt}
        sessionCount={sessions.data?.sessions.length ?? null}
        isFetching={sessions.isFetching}
        previous={neighbours?.previous ?? null}
        next={neighbours?.next ?? null}
        onMoment={onMoment}
      />
      {sessions.isPending ? (
        <LoadingState label="Loading sessions…" />
      ) : sessions.isError && !sessions.data ? (
        isForbidden(sessions.error) ? (
          <NoPermissionState who="members allowed to read this target's metrics" />
        ) : (
          <ErrorState error={sessions.error} onRetry={() => sessions.refetch()} />
        )
      ) : sessions.data ? (
        <SampleContent sample={sessions.data} moment={moment} />
      ) : null}
    </Stack>
  );
}

function SampleContent({
  sample,
  moment,
}: {
  sample: ActivitySessionsResponse;
  moment: string | null;
}) {
  if (sample.sampledAt === null) {
    return (
      <EmptyPageState
        title={moment === null ? "No session sample yet" : "No sample at this moment"}
        description={
          moment === null
            ? "The agent samples sessions every 10 seconds; the first sample appears here shortly after it starts."
            : "There is no sample in the hour before the chosen moment. Pick another moment on the chart, or go to the latest sample."
        }
      />
    );
  }
  const sampledAt = sample.sampledAt;
  if (sample.sessions.length === 0) {
    return (
      <EmptyPageState
        title="No sessions at this moment"
        description="No client session was active, in a transaction or holding a lock when this sample was taken."
      />
    );
  }
  return (
    <>
      <BlockingTreePanel sessions={sample.sessions} sampledAt={sampledAt} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <AgedSessionsPanel
          title="Long-running transactions"
          description={`Transactions open for more than ${LONG_TRANSACTION_SECONDS} s.`}
          emptyText="No transaction was open that long."
          ageLabel="open for"
          rows={longRunningTransactions(sample.sessions, sampledAt)}
          testId="long-transactions"
        />
        <AgedSessionsPanel
          title="Idle in transaction"
          description={`Sessions idle inside an open transaction for more than ${IDLE_IN_TRANSACTION_SECONDS} s; they hold their locks and snapshot.`}
          emptyText="No session was idle in a transaction that long."
          ageLabel="idle for"
          rows={idleInTransaction(sample.sessions, sampledAt)}
          testId="idle-in-transaction"
        />
      </SimpleGrid>
      <SessionsPanel
        sessions={sample.sessions}
        sampledAt={sampledAt}
        truncated={sample.truncated}
      />
    </>
  );
}

function isForbidden(error: unknown): boolean {
  return error instanceof ApiClientError && error.status === 403;
}
