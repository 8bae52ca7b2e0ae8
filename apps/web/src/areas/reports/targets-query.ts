import { useQuery } from "@tanstack/react-query";
import { fetchTargets } from "../../lib/targets-api.ts";
import { reportsKeys } from "./keys.ts";

/** The organization's targets, for the filters and the schedule form. */
export function useTargetsQuery() {
  return useQuery({
    queryKey: reportsKeys.targets(),
    queryFn: ({ signal }) => fetchTargets(signal),
    staleTime: 30_000,
  });
}
