import { API_ROUTES } from "@logstag/api-contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import type { PolicyInput } from "./integrations.utils.ts";
import { integrationsKeys } from "./keys.ts";

function usePoliciesMutation<T>(fn: (input: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: integrationsKeys.all }),
  });
}

export const useCreatePolicyMutation = () =>
  usePoliciesMutation((input: PolicyInput) =>
    apiRequest(API_ROUTES.policies.create, { body: input }),
  );

export const useDeletePolicyMutation = () =>
  usePoliciesMutation((policyId: string) =>
    apiRequest(API_ROUTES.policies.remove, { params: { policyId } }),
  );
