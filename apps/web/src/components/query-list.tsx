import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { EmptyPageState, ErrorState, LoadingState } from "./page-states.tsx";

/** A list's loading, error and empty states; the list itself once it has rows. */
export function QueryList<T>(props: {
  query: UseQueryResult<readonly T[]>;
  loadingLabel: string;
  empty: { title: string; description: ReactNode };
  children: (rows: readonly T[]) => ReactNode;
}) {
  const { query } = props;
  if (query.isPending) return <LoadingState label={props.loadingLabel} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  if (query.data.length === 0)
    return <EmptyPageState title={props.empty.title} description={props.empty.description} />;
  return <>{props.children(query.data)}</>;
}
