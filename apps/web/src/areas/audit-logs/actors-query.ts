import { API_ROUTES, type Member } from "@logstag/api-contract";
import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { auditLogsKeys } from "./keys.ts";

/** Current members, to pick an actor by name; former ones are still found by their id. */
export function useActorsQuery() {
  return useQuery({
    queryKey: auditLogsKeys.actors(),
    queryFn: async ({ signal }): Promise<Member[]> =>
      (await apiRequest(API_ROUTES.members.list, { signal })).members,
    staleTime: 60_000,
  });
}
