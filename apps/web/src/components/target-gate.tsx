import type { TargetSummary } from "@logstag/api-contract";
import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { ApiClientError } from "../lib/api-error.ts";
import { EmptyPageState, ErrorState, LoadingState } from "./page-states.tsx";
import { isPostgresTarget } from "./target-picker.utils.ts";

function isMissing(error: unknown): boolean {
  return error instanceof ApiClientError && (error.status === 404 || error.status === 400);
}

/** Renders a target page's body once its target is loaded and supported; otherwise the right state. */
export function TargetGate(props: {
  target: UseQueryResult<TargetSummary>;
  loadingLabel: string;
  /** Shown for a target whose engine the page cannot show yet. */
  unsupported: string;
  children: (target: TargetSummary) => ReactNode;
}) {
  const { target } = props;
  if (target.isPending) return <LoadingState label={props.loadingLabel} />;
  if (!target.data) {
    return isMissing(target.error) ? (
      <EmptyPageState
        title="Target not found"
        description="It may have been removed, or the link belongs to another organization. Pick a target above."
      />
    ) : (
      <ErrorState error={target.error} onRetry={() => target.refetch()} />
    );
  }
  if (!isPostgresTarget(target.data)) {
    return (
      <EmptyPageState title="Not available for this engine yet" description={props.unsupported} />
    );
  }
  return <>{props.children(target.data)}</>;
}
