import { type AlertRule, API_ROUTES } from "@logstag/api-contract";
import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { alertsKeys } from "./keys.ts";

export async function fetchRules(signal: AbortSignal): Promise<AlertRule[]> {
  return (await apiRequest(API_ROUTES.alertRules.list, { signal })).rules;
}

export function useRulesQuery() {
  return useQuery({ queryKey: alertsKeys.rules(), queryFn: ({ signal }) => fetchRules(signal) });
}
