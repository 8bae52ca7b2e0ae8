import { API_ROUTES, type SeriesResponse } from "@logstag/api-contract";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { resolveTimeWindow, type TimeRangeKey } from "../../lib/time-range.ts";
import { activityExplorerKeys } from "./keys.ts";
import { ACTIVITY_REFRESH_MS } from "./target-query.ts";

export function fetchSeries(
  targetId: string,
  metrics: readonly string[],
  range: TimeRangeKey,
  signal: AbortSignal,
): Promise<SeriesResponse> {
  const { from, to } = resolveTimeWindow(range, new Date());
  return apiRequest(API_ROUTES.series.query, {
    params: { targetId },
    query: { metrics: metrics.join(","), from, to },
    signal,
  });
}

/** The series behind an engine's activity chart (active sessions, connected clients, …). */
export function useSeriesQuery(targetId: string, metrics: readonly string[], range: TimeRangeKey) {
  return useQuery({
    queryKey: activityExplorerKeys.series(targetId, metrics, range),
    queryFn: ({ signal }) => fetchSeries(targetId, metrics, range, signal),
    refetchInterval: ACTIVITY_REFRESH_MS,
    placeholderData: keepPreviousData,
  });
}
