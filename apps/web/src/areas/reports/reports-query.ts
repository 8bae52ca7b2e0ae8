import { API_ROUTES, type ReportSummary } from "@logstag/api-contract";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { reportsKeys } from "./keys.ts";
import { applyMinScore, type ReportFilters, toReportListQuery } from "./reports.utils.ts";

/** Reports across targets, newest first; the period is counted back from the time of the request. */
export async function fetchReports(
  filters: ReportFilters,
  signal: AbortSignal,
): Promise<ReportSummary[]> {
  const answer = await apiRequest(API_ROUTES.healthChecks.list, {
    query: toReportListQuery(filters, new Date()),
    signal,
  });
  return applyMinScore(answer.reports, filters);
}

export function useReportsQuery(filters: ReportFilters) {
  return useQuery({
    queryKey: reportsKeys.list(filters),
    queryFn: ({ signal }) => fetchReports(filters, signal),
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  });
}
