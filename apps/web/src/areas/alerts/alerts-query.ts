import { type Alert, API_ROUTES } from "@logstag/api-contract";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { type AlertListFilters, toAlertListQuery } from "./alerts.utils.ts";
import { alertsKeys } from "./keys.ts";

export async function fetchAlerts(
  filters: AlertListFilters,
  signal: AbortSignal,
): Promise<Alert[]> {
  const query = toAlertListQuery(filters);
  return (await apiRequest(API_ROUTES.alerts.list, { query, signal })).alerts;
}

export function useAlertsQuery(filters: AlertListFilters) {
  return useQuery({
    queryKey: alertsKeys.list(filters),
    queryFn: ({ signal }) => fetchAlerts(filters, signal),
    placeholderData: keepPreviousData,
    refetchInterval: 30_000,
  });
}
