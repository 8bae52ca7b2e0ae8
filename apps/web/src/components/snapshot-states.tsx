import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { EmptyPageState, ErrorState, LoadingState } from "./page-states.tsx";

/** A latest-snapshot answer: `collectedAt` is null until the agent's first round. */
interface SnapshotAnswer {
  collectedAt: string | null;
}

/**
 * The states of a latest-snapshot view: loading, an error with a retry (while there is nothing to
 * show), and "not collected yet" with when it will be; otherwise the view itself.
 */
export function SnapshotStates<T extends SnapshotAnswer>({
  query,
  loading,
  emptyTitle,
  emptyDescription,
  children,
}: {
  query: Pick<UseQueryResult<T>, "isPending" | "isError" | "error" | "data" | "refetch">;
  loading: string;
  emptyTitle: string;
  emptyDescription: string;
  children: (data: T & { collectedAt: string }) => ReactNode;
}) {
  if (query.isPending) return <LoadingState label={loading} />;
  if (query.isError && !query.data) {
    return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  }
  const data = query.data;
  if (!data || data.collectedAt === null) {
    return <EmptyPageState title={emptyTitle} description={emptyDescription} />;
  }
  return children(data as T & { collectedAt: string });
}
