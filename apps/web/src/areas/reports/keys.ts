import type { ReportFilters } from "./reports.utils.ts";

export const reportsKeys = {
  all: ["reports"] as const,
  list: (filters: ReportFilters) => [...reportsKeys.all, "list", filters] as const,
  targets: () => [...reportsKeys.all, "targets"] as const,
  schedules: () => [...reportsKeys.all, "schedules"] as const,
};
