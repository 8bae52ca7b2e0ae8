import type { AlertListFilters } from "./alerts.utils.ts";

export const alertsKeys = {
  all: ["alerts"] as const,
  list: (filters: AlertListFilters) => [...alertsKeys.all, "list", filters] as const,
  detail: (alertId: string) => [...alertsKeys.all, "detail", alertId] as const,
  signal: (alertId: string, hours: number) =>
    [...alertsKeys.all, "signal", alertId, hours] as const,
};
