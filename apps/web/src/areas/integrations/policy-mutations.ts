import { API_ROUTES } from "@logstag/api-contract";
import { apiRequest } from "../../lib/api-client.ts";
import { useInvalidatingMutation } from "../../lib/use-invalidating-mutation.ts";
import type { PolicyInput } from "./integrations.utils.ts";
import { integrationsKeys } from "./keys.ts";

function usePoliciesMutation<T>(fn: (input: T) => Promise<unknown>) {
  return useInvalidatingMutation(integrationsKeys.all, fn);
}

export const useCreatePolicyMutation = () =>
  usePoliciesMutation((input: PolicyInput) =>
    apiRequest(API_ROUTES.policies.create, { body: input }),
  );

export const useUpdatePolicyMutation = () =>
  usePoliciesMutation((input: { policyId: string; changes: PolicyInput }) =>
    apiRequest(API_ROUTES.policies.update, {
      params: { policyId: input.policyId },
      body: input.changes,
    }),
  );

export const useDeletePolicyMutation = () =>
  usePoliciesMutation((policyId: string) =>
    apiRequest(API_ROUTES.policies.remove, { params: { policyId } }),
  );
