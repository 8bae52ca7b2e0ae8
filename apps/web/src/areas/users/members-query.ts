import { API_ROUTES, type Member } from "@logstag/api-contract";
import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { usersKeys } from "./keys.ts";

export async function fetchMembers(signal: AbortSignal): Promise<Member[]> {
  return (await apiRequest(API_ROUTES.members.list, { signal })).members;
}

export function useMembersQuery() {
  return useQuery({ queryKey: usersKeys.members(), queryFn: ({ signal }) => fetchMembers(signal) });
}
