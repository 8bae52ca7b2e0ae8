import type { PostgresSession } from "@logstag/protocol";
import { SimpleGrid } from "@mantine/core";
import { EmptyPageState } from "../../../../components/page-states.tsx";
import { AgedSessionsPanel } from "./aged-sessions-panel.tsx";
import { BlockingTreePanel } from "./blocking-tree-panel.tsx";
import {
  IDLE_IN_TRANSACTION_SECONDS,
  idleInTransaction,
  LONG_TRANSACTION_SECONDS,
  longRunningTransactions,
} from "./sessions.utils.ts";
import { SessionsPanel } from "./sessions-panel.tsx";

/** Everything about one sample: blocking, long transactions and sessions. */
export function SampleView({
  sessions,
  sampledAt,
  truncated,
}: {
  sessions: readonly PostgresSession[];
  sampledAt: string;
  truncated: boolean;
}) {
  if (sessions.length === 0) {
    return (
      <EmptyPageState
        title="No sessions at this moment"
        description="No client session was active, in a transaction or holding a lock when this sample was taken."
      />
    );
  }
  return (
    <>
      <BlockingTreePanel sessions={sessions} sampledAt={sampledAt} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <AgedSessionsPanel
          title="Long-running transactions"
          description={`Transactions open for more than ${LONG_TRANSACTION_SECONDS} s.`}
          emptyText="No transaction was open that long."
          ageLabel="open for"
          rows={longRunningTransactions(sessions, sampledAt)}
          testId="long-transactions"
        />
        <AgedSessionsPanel
          title="Idle in transaction"
          description={`Sessions idle inside an open transaction for more than ${IDLE_IN_TRANSACTION_SECONDS} s; they hold their locks and snapshot.`}
          emptyText="No session was idle in a transaction that long."
          ageLabel="idle for"
          rows={idleInTransaction(sessions, sampledAt)}
          testId="idle-in-transaction"
        />
      </SimpleGrid>
      <SessionsPanel sessions={sessions} sampledAt={sampledAt} truncated={truncated} />
    </>
  );
}
