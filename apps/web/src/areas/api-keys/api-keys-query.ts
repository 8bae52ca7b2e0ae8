import { API_ROUTES, type ApiKey } from "@logstag/api-contract";
import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { apiKeysKeys } from "./keys.ts";

export async function fetchApiKeys(signal: AbortSignal): Promise<ApiKey[]> {
  return (await apiRequest(API_ROUTES.apiKeys.list, { signal })).apiKeys;
}

export function useApiKeysQuery() {
  return useQuery({ queryKey: apiKeysKeys.mine(), queryFn: ({ signal }) => fetchApiKeys(signal) });
}
