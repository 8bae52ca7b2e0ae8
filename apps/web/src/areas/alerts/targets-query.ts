import { useQuery } from "@tanstack/react-query";
import { fetchTargets } from "../../lib/targets-api.ts";
import { alertsKeys } from "./keys.ts";

/** The organization's targets, for a rule's scope. */
export function useTargetsQuery() {
  return useQuery({
    queryKey: alertsKeys.targets(),
    queryFn: ({ signal }) => fetchTargets(signal),
    staleTime: 30_000,
  });
}
