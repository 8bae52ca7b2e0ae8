import { useQuery } from "@tanstack/react-query";
import { fetchTarget } from "../../lib/targets-api.ts";
import { queryExplorerKeys } from "./keys.ts";

/** Command statistics come with the medium group (every minute); a faster refresh adds nothing. */
export const QUERY_REFRESH_MS = 30_000;

export function useTargetQuery(targetId: string) {
  return useQuery({
    queryKey: queryExplorerKeys.target(targetId),
    queryFn: ({ signal }) => fetchTarget(targetId, signal),
    refetchInterval: QUERY_REFRESH_MS,
  });
}
