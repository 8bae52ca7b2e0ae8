import { API_ROUTES, type AssignableRole } from "@logstag/api-contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { usersKeys } from "./keys.ts";

export function useCreateInvitationMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { email: string; role: AssignableRole }) =>
      apiRequest(API_ROUTES.invitations.create, { body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKeys.invitations() }),
  });
}

export function useRevokeInvitationMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) =>
      apiRequest(API_ROUTES.invitations.revoke, { params: { invitationId } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: usersKeys.invitations() }),
  });
}
