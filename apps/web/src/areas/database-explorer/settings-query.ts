import { API_ROUTES, type PostgresSettingsResponse } from "@logstag/api-contract";
import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { databaseExplorerKeys } from "./keys.ts";

export function fetchSettings(
  targetId: string,
  signal: AbortSignal,
): Promise<PostgresSettingsResponse> {
  return apiRequest(API_ROUTES.postgres.settings, { params: { targetId }, signal });
}

/** Settings are collected every 10 minutes; a minute of staleness is invisible. */
export function useSettingsQuery(targetId: string) {
  return useQuery({
    queryKey: databaseExplorerKeys.settings(targetId),
    queryFn: ({ signal }) => fetchSettings(targetId, signal),
    staleTime: 60_000,
  });
}
