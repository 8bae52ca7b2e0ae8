import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { fetchSeries, type SeriesRequest } from "../../lib/series-api.ts";
import { activityExplorerKeys } from "./keys.ts";
import { ACTIVITY_REFRESH_MS } from "./target-query.ts";

/** The series behind an engine's activity chart (active sessions, connected clients, …). */
export function useSeriesQuery(request: SeriesRequest) {
  return useQuery({
    queryKey: activityExplorerKeys.series(request.targetId, request.metrics, request.range),
    queryFn: ({ signal }) => fetchSeries(request, signal),
    refetchInterval: ACTIVITY_REFRESH_MS,
    placeholderData: keepPreviousData,
  });
}
