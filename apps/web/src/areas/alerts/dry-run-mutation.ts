import { API_ROUTES, type RuleInput } from "@logstag/api-contract";
import { useMutation } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";

/** Replays a rule over the last hour; it changes nothing, so nothing is invalidated. */
export function useDryRunMutation() {
  return useMutation({
    mutationFn: (rule: RuleInput) =>
      apiRequest(API_ROUTES.alertRules.dryRun, { body: { rule, hours: 1 } }),
  });
}
