import { useQuery } from "@tanstack/react-query";
import { fetchTarget } from "../../lib/targets-api.ts";
import { databaseExplorerKeys } from "./keys.ts";

export const EXPLORER_REFRESH_MS = 10_000;

export function useTargetQuery(targetId: string) {
  return useQuery({
    queryKey: databaseExplorerKeys.target(targetId),
    queryFn: ({ signal }) => fetchTarget(targetId, signal),
    refetchInterval: EXPLORER_REFRESH_MS,
  });
}
