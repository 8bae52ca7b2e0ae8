import { API_ROUTES, type TargetSummary } from "@logstag/api-contract";
import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { activityExplorerKeys } from "./keys.ts";

/** The high interval group samples sessions every 10 s. */
export const ACTIVITY_REFRESH_MS = 10_000;

export function fetchTarget(targetId: string, signal: AbortSignal): Promise<TargetSummary> {
  return apiRequest(API_ROUTES.assets.target, { params: { targetId }, signal });
}

export function useTargetQuery(targetId: string) {
  return useQuery({
    queryKey: activityExplorerKeys.target(targetId),
    queryFn: ({ signal }) => fetchTarget(targetId, signal),
    refetchInterval: 30_000,
  });
}
