import { API_ROUTES, type RuleInput } from "@logstag/api-contract";
import { apiRequest } from "../../lib/api-client.ts";
import { useInvalidatingMutation } from "../../lib/use-invalidating-mutation.ts";
import { alertsKeys } from "./keys.ts";

function useRulesMutation<T>(fn: (input: T) => Promise<unknown>) {
  return useInvalidatingMutation(alertsKeys.all, fn);
}

export const useCreateRuleMutation = () =>
  useRulesMutation((rule: RuleInput) => apiRequest(API_ROUTES.alertRules.create, { body: rule }));

export const useUpdateRuleMutation = () =>
  useRulesMutation((input: { ruleId: string; changes: Partial<Omit<RuleInput, "templateId">> }) =>
    apiRequest(API_ROUTES.alertRules.update, {
      params: { ruleId: input.ruleId },
      body: input.changes,
    }),
  );

export const useDeleteRuleMutation = () =>
  useRulesMutation((ruleId: string) =>
    apiRequest(API_ROUTES.alertRules.remove, { params: { ruleId } }),
  );
