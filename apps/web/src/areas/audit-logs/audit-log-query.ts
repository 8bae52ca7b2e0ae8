import { API_ROUTES, type AuditListResponse } from "@logstag/api-contract";
import { useInfiniteQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import type { AuditFilters } from "./audit-logs.utils.ts";
import { auditLogsKeys } from "./keys.ts";

export const AUDIT_PAGE_SIZE = 50;

export function fetchAuditPage(
  filters: AuditFilters,
  cursor: string | undefined,
  signal: AbortSignal,
): Promise<AuditListResponse> {
  return apiRequest(API_ROUTES.audit.list, {
    query: { ...filters, limit: AUDIT_PAGE_SIZE, ...(cursor ? { cursor } : {}) },
    signal,
  });
}

/** Newest first, a page at a time; `fetchNextPage` continues where the last page ended. */
export function useAuditLogQuery(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: auditLogsKeys.list(filters),
    queryFn: ({ pageParam, signal }) => fetchAuditPage(filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
