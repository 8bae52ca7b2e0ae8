import { API_ROUTES, type SeriesResponse } from "@logstag/api-contract";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { resolveTimeWindow, type TimeRangeKey } from "../../lib/time-range.ts";
import { databaseExplorerKeys } from "./keys.ts";
import { EXPLORER_REFRESH_MS } from "./target-query.ts";

export interface SeriesRequest {
  targetId: string;
  metrics: readonly string[];
  range: TimeRangeKey;
}

/** The window is resolved at fetch time, so every refresh slides it up to now. */
export function fetchSeries(request: SeriesRequest, signal: AbortSignal): Promise<SeriesResponse> {
  const { from, to } = resolveTimeWindow(request.range, new Date());
  return apiRequest(API_ROUTES.series.query, {
    params: { targetId: request.targetId },
    query: { metrics: request.metrics.join(","), from, to },
    signal,
  });
}

export function useSeriesQuery(request: SeriesRequest) {
  return useQuery({
    queryKey: databaseExplorerKeys.series(request.targetId, request.metrics, request.range),
    queryFn: ({ signal }) => fetchSeries(request, signal),
    refetchInterval: EXPLORER_REFRESH_MS,
    placeholderData: keepPreviousData,
  });
}
