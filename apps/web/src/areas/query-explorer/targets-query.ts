import { useQuery } from "@tanstack/react-query";
import { fetchTargets } from "../../lib/targets-api.ts";
import { queryExplorerKeys } from "./keys.ts";

export function useTargetsQuery() {
  return useQuery({
    queryKey: queryExplorerKeys.targets(),
    queryFn: ({ signal }) => fetchTargets(signal),
    staleTime: 30_000,
  });
}
