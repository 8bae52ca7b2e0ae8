import { API_ROUTES, type HealthReport } from "@logstag/api-contract";
import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { healthCheckKeys } from "./keys.ts";

export function fetchReport(reportId: string, signal: AbortSignal): Promise<HealthReport> {
  return apiRequest(API_ROUTES.healthChecks.get, { params: { reportId }, signal });
}

/** One report; disabled until there is an id to load. */
export function useReportQuery(reportId: string | undefined) {
  return useQuery({
    queryKey: healthCheckKeys.report(reportId ?? ""),
    queryFn: ({ signal }) => fetchReport(reportId ?? "", signal),
    enabled: reportId !== undefined,
  });
}
