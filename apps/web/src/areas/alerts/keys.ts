import type { AlertListFilters } from "./alerts.utils.ts";

export const alertsKeys = {
  all: ["alerts"] as const,
  list: (filters: AlertListFilters) => [...alertsKeys.all, "list", filters] as const,
  detail: (alertId: string) => [...alertsKeys.all, "detail", alertId] as const,
  signal: (alertId: string, hours: number) =>
    [...alertsKeys.all, "signal", alertId, hours] as const,
  rules: () => [...alertsKeys.all, "rules"] as const,
  templates: () => [...alertsKeys.all, "templates"] as const,
  targets: () => [...alertsKeys.all, "targets"] as const,
  silences: () => [...alertsKeys.all, "silences"] as const,
};
