import { type AgentKey, API_ROUTES } from "@logstag/api-contract";
import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { apiKeysKeys } from "./keys.ts";

export async function fetchAgentKeys(signal: AbortSignal): Promise<AgentKey[]> {
  return (await apiRequest(API_ROUTES.agentKeys.list, { signal })).agentKeys;
}

export function useAgentKeysQuery(enabled: boolean) {
  return useQuery({
    queryKey: apiKeysKeys.agent(),
    queryFn: ({ signal }) => fetchAgentKeys(signal),
    enabled,
  });
}
