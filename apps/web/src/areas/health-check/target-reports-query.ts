import { API_ROUTES, type ReportSummary } from "@logstag/api-contract";
import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { healthCheckKeys } from "./keys.ts";

/** How many past reports the report picker offers. */
export const TARGET_REPORTS_LIMIT = 60;

/** The target's newest reports, newest first. */
export async function fetchTargetReports(
  targetId: string,
  signal: AbortSignal,
): Promise<ReportSummary[]> {
  const answer = await apiRequest(API_ROUTES.healthChecks.list, {
    query: { targetId, limit: TARGET_REPORTS_LIMIT },
    signal,
  });
  return answer.reports;
}

export function useTargetReportsQuery(targetId: string) {
  return useQuery({
    queryKey: healthCheckKeys.targetReports(targetId),
    queryFn: ({ signal }) => fetchTargetReports(targetId, signal),
    refetchInterval: 60_000,
  });
}
