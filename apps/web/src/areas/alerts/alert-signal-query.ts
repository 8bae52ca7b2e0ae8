import { type AlertSignal, API_ROUTES } from "@logstag/api-contract";
import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { alertsKeys } from "./keys.ts";

export async function fetchAlertSignal(
  alertId: string,
  hours: number,
  signal: AbortSignal,
): Promise<AlertSignal> {
  return apiRequest(API_ROUTES.alerts.signal, { params: { alertId }, query: { hours }, signal });
}

export function useAlertSignalQuery(alertId: string, hours: number) {
  return useQuery({
    queryKey: alertsKeys.signal(alertId, hours),
    queryFn: ({ signal }) => fetchAlertSignal(alertId, hours, signal),
    refetchInterval: 60_000,
  });
}
