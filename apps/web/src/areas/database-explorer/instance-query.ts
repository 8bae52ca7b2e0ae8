import { API_ROUTES, type InstanceResponse } from "@logstag/api-contract";
import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { databaseExplorerKeys } from "./keys.ts";

const INSTANCE_REFRESH_MS = 30_000;

export function fetchInstance(targetId: string, signal: AbortSignal): Promise<InstanceResponse> {
  return apiRequest(API_ROUTES.instance.get, { params: { targetId }, signal });
}

export function useInstanceQuery(targetId: string, enabled: boolean) {
  return useQuery({
    enabled,
    queryKey: databaseExplorerKeys.instance(targetId),
    queryFn: ({ signal }) => fetchInstance(targetId, signal),
    refetchInterval: INSTANCE_REFRESH_MS,
  });
}
