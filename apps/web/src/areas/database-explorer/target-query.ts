import { API_ROUTES, type TargetSummary } from "@logstag/api-contract";
import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { databaseExplorerKeys } from "./keys.ts";

export const EXPLORER_REFRESH_MS = 10_000;

export function fetchTarget(targetId: string, signal: AbortSignal): Promise<TargetSummary> {
  return apiRequest(API_ROUTES.assets.target, { params: { targetId }, signal });
}

export function useTargetQuery(targetId: string) {
  return useQuery({
    queryKey: databaseExplorerKeys.target(targetId),
    queryFn: ({ signal }) => fetchTarget(targetId, signal),
    refetchInterval: EXPLORER_REFRESH_MS,
  });
}
