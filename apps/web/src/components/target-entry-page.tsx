import type { TargetSummary } from "@logstag/api-contract";
import { Anchor } from "@mantine/core";
import type { UseQueryResult } from "@tanstack/react-query";
import { Link, Navigate } from "react-router";
import {
  AREA_TITLES,
  type EngineArea,
  engineList,
  enginesForArea,
  noTargetsTitle,
} from "../lib/engines/engine-support.ts";
import { PageHeader } from "./page-header.tsx";
import { EmptyPageState, ErrorState, LoadingState } from "./page-states.tsx";
import { isSupportedIn, pickDefaultTarget, unsupportedEngines } from "./target-picker.utils.ts";

/** An area's entry point without a target: opens the first target it supports, or says why it can't. */
export function TargetEntryPage(props: {
  targets: UseQueryResult<TargetSummary[]>;
  area: EngineArea;
  description: string;
  /** What appears once a target reports, e.g. "its metrics". */
  shows: string;
}) {
  const { targets, area } = props;
  const first = targets.data ? pickDefaultTarget(targets.data, isSupportedIn(area)) : undefined;
  if (first) return <Navigate to={`/${area}/${first.id}`} replace />;
  const others = unsupportedEngines(targets.data ?? [], isSupportedIn(area));

  return (
    <>
      <PageHeader title={AREA_TITLES[area]} description={props.description} />
      {targets.isPending ? (
        <LoadingState label="Loading targets…" />
      ) : targets.isError ? (
        <ErrorState error={targets.error} onRetry={() => targets.refetch()} />
      ) : (
        <EmptyPageState
          title={noTargetsTitle(area)}
          description={
            <>
              Once an agent reports a {engineList(enginesForArea(area))} target, {props.shows}{" "}
              appear here.
              {others.length > 0 &&
                ` The ${engineList(others, "and")} targets reported so far are not shown here yet.`}{" "}
              See{" "}
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
