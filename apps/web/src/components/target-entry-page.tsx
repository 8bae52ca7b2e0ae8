import type { TargetSummary } from "@logstag/api-contract";
import { Anchor } from "@mantine/core";
import type { UseQueryResult } from "@tanstack/react-query";
import { Link, Navigate } from "react-router";
import { PageHeader } from "./page-header.tsx";
import { EmptyPageState, ErrorState, LoadingState } from "./page-states.tsx";
import { isPostgresTarget, pickDefaultTarget } from "./target-picker.utils.ts";

/** An area's entry point without a target: opens the first PostgreSQL target, or says why it can't. */
export function TargetEntryPage(props: {
  targets: UseQueryResult<TargetSummary[]>;
  basePath: string;
  title: string;
  description: string;
  /** What appears once a target reports, e.g. "its metrics". */
  shows: string;
}) {
  const { targets } = props;
  const first = targets.data ? pickDefaultTarget(targets.data, isPostgresTarget) : undefined;
  if (first) return <Navigate to={`${props.basePath}/${first.id}`} replace />;

  return (
    <>
      <PageHeader title={props.title} description={props.description} />
      {targets.isPending ? (
        <LoadingState label="Loading targets…" />
      ) : targets.isError ? (
        <ErrorState error={targets.error} onRetry={() => targets.refetch()} />
      ) : (
        <EmptyPageState
          title="No PostgreSQL targets yet"
          description={
            <>
              Once an agent reports a PostgreSQL target, {props.shows} appear here. See{" "}
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
