import { API_ROUTES, type TargetSummary } from "@logstag/api-contract";
import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { queryExplorerKeys } from "./keys.ts";

/** Command statistics come with the medium group (every minute); a faster refresh adds nothing. */
export const QUERY_REFRESH_MS = 30_000;

export function fetchTarget(targetId: string, signal: AbortSignal): Promise<TargetSummary> {
  return apiRequest(API_ROUTES.assets.target, { params: { targetId }, signal });
}

export function useTargetQuery(targetId: string) {
  return useQuery({
    queryKey: queryExplorerKeys.target(targetId),
    queryFn: ({ signal }) => fetchTarget(targetId, signal),
    refetchInterval: QUERY_REFRESH_MS,
  });
}
