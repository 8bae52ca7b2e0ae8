import { type AlertDetail, API_ROUTES } from "@logstag/api-contract";
import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { alertsKeys } from "./keys.ts";

export async function fetchAlert(alertId: string, signal: AbortSignal): Promise<AlertDetail> {
  return apiRequest(API_ROUTES.alerts.get, { params: { alertId }, signal });
}

export function useAlertQuery(alertId: string) {
  return useQuery({
    queryKey: alertsKeys.detail(alertId),
    queryFn: ({ signal }) => fetchAlert(alertId, signal),
    refetchInterval: 30_000,
  });
}
