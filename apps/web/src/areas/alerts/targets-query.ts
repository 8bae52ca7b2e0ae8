import { API_ROUTES, type TargetSummary } from "@logstag/api-contract";
import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { alertsKeys } from "./keys.ts";

export async function fetchTargets(signal: AbortSignal): Promise<TargetSummary[]> {
  return (await apiRequest(API_ROUTES.assets.list, { signal })).targets;
}

/** The organization's targets, for a rule's scope. */
export function useTargetsQuery() {
  return useQuery({
    queryKey: alertsKeys.targets(),
    queryFn: ({ signal }) => fetchTargets(signal),
    staleTime: 30_000,
  });
}
