import type { TargetSummary } from "@logstag/api-contract";
import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { ApiClientError } from "../lib/api-error.ts";
import {
  type EngineArea,
  supportsArea,
  unsupportedDescription,
} from "../lib/engines/engine-support.ts";
import { EmptyPageState, ErrorState, LoadingState, NoPermissionState } from "./page-states.tsx";

function isMissing(error: unknown): boolean {
  return error instanceof ApiClientError && (error.status === 404 || error.status === 400);
}

function isForbidden(error: unknown): boolean {
  return error instanceof ApiClientError && error.status === 403;
}

/** Renders a target page's body once its target is loaded and supported; otherwise the right state. */
export function TargetGate(props: {
  target: UseQueryResult<TargetSummary>;
  area: EngineArea;
  loadingLabel: string;
  children: (target: TargetSummary) => ReactNode;
}) {
  const { target } = props;
  if (target.isPending) return <LoadingState label={props.loadingLabel} />;
  if (!target.data) {
    if (isForbidden(target.error)) {
      return <NoPermissionState who="members allowed to read this target's metrics" />;
    }
    return isMissing(target.error) ? (
      <EmptyPageState
        title="Target not found"
        description="It may have been removed, or the link belongs to another organization. Pick a target above."
      />
    ) : (
      <ErrorState error={target.error} onRetry={() => target.refetch()} />
    );
  }
  if (!supportsArea(target.data.engine, props.area)) {
    return (
      <EmptyPageState
        title="Not available for this engine yet"
        description={unsupportedDescription(props.area, target.data.engine)}
      />
    );
  }
  return <>{props.children(target.data)}</>;
}
