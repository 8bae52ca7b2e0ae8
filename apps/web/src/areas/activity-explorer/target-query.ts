import { useQuery } from "@tanstack/react-query";
import { fetchTarget } from "../../lib/targets-api.ts";
import { activityExplorerKeys } from "./keys.ts";

/** The high interval group samples sessions every 10 s. */
export const ACTIVITY_REFRESH_MS = 10_000;

export function useTargetQuery(targetId: string) {
  return useQuery({
    queryKey: activityExplorerKeys.target(targetId),
    queryFn: ({ signal }) => fetchTarget(targetId, signal),
    refetchInterval: 30_000,
  });
}
