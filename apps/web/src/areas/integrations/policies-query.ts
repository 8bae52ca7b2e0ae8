import { API_ROUTES, type Policy } from "@logstag/api-contract";
import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { integrationsKeys } from "./keys.ts";

export async function fetchPolicies(signal: AbortSignal): Promise<Policy[]> {
  return (await apiRequest(API_ROUTES.policies.list, { signal })).policies;
}

export function usePoliciesQuery() {
  return useQuery({
    queryKey: integrationsKeys.policies(),
    queryFn: ({ signal }) => fetchPolicies(signal),
  });
}
