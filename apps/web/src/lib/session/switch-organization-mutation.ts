import { API_ROUTES, type SessionInfo } from "@logstag/api-contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../api-client.ts";
import { sessionKeys } from "./keys.ts";

export function switchOrganization(organizationId: string): Promise<SessionInfo> {
  return apiRequest(API_ROUTES.auth.switchOrganization, { body: { organizationId } });
}

export function useSwitchOrganizationMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: switchOrganization,
    onSuccess: (session) => {
      // Every cached answer belongs to the organization left behind.
      queryClient.clear();
      queryClient.setQueryData(sessionKeys.me, session);
    },
  });
}
