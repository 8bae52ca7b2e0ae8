import { API_ROUTES, type Invitation } from "@logstag/api-contract";
import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { usersKeys } from "./keys.ts";

export async function fetchInvitations(signal: AbortSignal): Promise<Invitation[]> {
  return (await apiRequest(API_ROUTES.invitations.list, { signal })).invitations;
}

export function useInvitationsQuery() {
  return useQuery({
    queryKey: usersKeys.invitations(),
    queryFn: ({ signal }) => fetchInvitations(signal),
  });
}
