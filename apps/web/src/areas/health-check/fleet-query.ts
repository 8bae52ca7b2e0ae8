import { API_ROUTES, type FleetResponse } from "@logstag/api-contract";
import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { healthCheckKeys } from "./keys.ts";

export function fetchFleet(signal: AbortSignal): Promise<FleetResponse> {
  return apiRequest(API_ROUTES.healthChecks.fleet, { signal });
}

export function useFleetQuery() {
  return useQuery({
    queryKey: healthCheckKeys.fleet(),
    queryFn: ({ signal }) => fetchFleet(signal),
    refetchInterval: 60_000,
  });
}
