import { type ActivitySessionsResponse, API_ROUTES } from "@logstag/api-contract";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { activityExplorerKeys } from "./keys.ts";
import { ACTIVITY_REFRESH_MS } from "./target-query.ts";

/** The sample at or before `at`; `at` null asks for the newest one. */
export function fetchActivitySessions(
  targetId: string,
  at: string | null,
  signal: AbortSignal,
): Promise<ActivitySessionsResponse> {
  return apiRequest(API_ROUTES.postgres.activitySessions, {
    params: { targetId },
    query: { at: at ?? new Date().toISOString() },
    signal,
  });
}

/** A past sample never changes; the latest one is refetched as the agent sends new ones. */
export function useActivitySessionsQuery(targetId: string, at: string | null, enabled: boolean) {
  return useQuery({
    queryKey: activityExplorerKeys.sessions(targetId, at),
    queryFn: ({ signal }) => fetchActivitySessions(targetId, at, signal),
    refetchInterval: at === null ? ACTIVITY_REFRESH_MS : false,
    staleTime: at === null ? 0 : Number.POSITIVE_INFINITY,
    placeholderData: keepPreviousData,
    enabled,
  });
}
