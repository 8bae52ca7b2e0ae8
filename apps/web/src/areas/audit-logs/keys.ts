import type { AuditFilters } from "./audit-logs.utils.ts";

export const auditLogsKeys = {
  all: ["audit-logs"] as const,
  list: (filters: AuditFilters) => [...auditLogsKeys.all, "list", filters] as const,
  actors: () => [...auditLogsKeys.all, "actors"] as const,
};
