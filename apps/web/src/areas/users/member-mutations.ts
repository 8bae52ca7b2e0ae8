import { API_ROUTES, type AssignableRole } from "@logstag/api-contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { sessionKeys } from "../../lib/session/keys.ts";
import { usersKeys } from "./keys.ts";

function useMembersMutation<T>(fn: (input: T) => Promise<unknown>, alsoSession = false) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: usersKeys.all });
      // A transfer changes the caller's own role and what they may see.
      if (alsoSession) await queryClient.invalidateQueries({ queryKey: sessionKeys.me });
    },
  });
}

export const useChangeRoleMutation = () =>
  useMembersMutation((input: { userId: string; role: AssignableRole }) =>
    apiRequest(API_ROUTES.members.changeRole, {
      params: { userId: input.userId },
      body: { role: input.role },
    }),
  );

export const useRemoveMemberMutation = () =>
  useMembersMutation((userId: string) =>
    apiRequest(API_ROUTES.members.remove, { params: { userId } }),
  );

export const useTransferOwnershipMutation = () =>
  useMembersMutation(
    (userId: string) => apiRequest(API_ROUTES.organization.transferOwnership, { body: { userId } }),
    true,
  );

/** A one-time reset link for a member: e-mailed when SMTP is set up, otherwise returned once. */
export const useCreatePasswordResetMutation = () =>
  useMutation({
    mutationFn: (userId: string) =>
      apiRequest(API_ROUTES.passwords.createReset, { params: { userId } }),
  });
