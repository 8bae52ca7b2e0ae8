import { API_ROUTES, type SessionInfo } from "@logstag/api-contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../api-client.ts";
import { sessionKeys } from "./keys.ts";

export interface AcceptInvitationInput {
  token: string;
  password: string;
  name?: string;
}

export function acceptInvitation(input: AcceptInvitationInput): Promise<SessionInfo> {
  return apiRequest(API_ROUTES.invitations.accept, { body: input });
}

export function useAcceptInvitationMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: acceptInvitation,
    onSuccess: (session) => {
      queryClient.clear();
      queryClient.setQueryData(sessionKeys.me, session);
    },
  });
}
