import { API_ROUTES, type TargetSummary } from "@logstag/api-contract";
import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { reportsKeys } from "./keys.ts";

export async function fetchTargets(signal: AbortSignal): Promise<TargetSummary[]> {
  const assets = await apiRequest(API_ROUTES.assets.list, { signal });
  return assets.targets;
}

/** The organization's targets, for the filters and the schedule form. */
export function useTargetsQuery() {
  return useQuery({
    queryKey: reportsKeys.targets(),
    queryFn: ({ signal }) => fetchTargets(signal),
    staleTime: 30_000,
  });
}
