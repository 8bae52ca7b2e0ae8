import { API_ROUTES, type PostgresRolesResponse } from "@logstag/api-contract";
import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { databaseExplorerKeys } from "./keys.ts";

export function fetchRoles(targetId: string, signal: AbortSignal): Promise<PostgresRolesResponse> {
  return apiRequest(API_ROUTES.postgres.roles, { params: { targetId }, signal });
}

/** Roles are collected every 10 minutes; a minute of staleness is invisible. */
export function useRolesQuery(targetId: string) {
  return useQuery({
    queryKey: databaseExplorerKeys.roles(targetId),
    queryFn: ({ signal }) => fetchRoles(targetId, signal),
    staleTime: 60_000,
  });
}
