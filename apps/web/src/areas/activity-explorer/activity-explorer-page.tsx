import { Anchor } from "@mantine/core";
import { Link, Navigate } from "react-router";
import { PageHeader } from "../../components/page-header.tsx";
import { EmptyPageState, ErrorState, LoadingState } from "../../components/page-states.tsx";
import { isPostgresTarget, pickDefaultTarget } from "../../components/target-picker.utils.ts";
import { useTargetsQuery } from "./targets-query.ts";

/** Entry point without a target: opens the first PostgreSQL target. */
export function ActivityExplorerPage() {
  const targets = useTargetsQuery();
  const first = targets.data ? pickDefaultTarget(targets.data, isPostgresTarget) : undefined;
  if (first) return <Navigate to={`/activity-explorer/${first.id}`} replace />;

  return (
    <>
      <PageHeader title="Activity Explorer" description="Sessions, waits, locks and blocking." />
      {targets.isPending ? (
        <LoadingState label="Loading targets…" />
      ) : targets.isError ? (
        <ErrorState error={targets.error} onRetry={() => targets.refetch()} />
      ) : (
        <EmptyPageState
          title="No PostgreSQL targets yet"
          description={
            <>
              Once an agent reports a PostgreSQL target, its sessions appear here. See{" "}
              <Anchor component={Link} to="/assets" size="sm">
                Assets
              </Anchor>{" "}
              for what has reported so far.
            </>
          }
        />
      )}
    </>
  );
}
