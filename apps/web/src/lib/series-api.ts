import { API_ROUTES, type SeriesResponse } from "@logstag/api-contract";
import { apiRequest } from "./api-client.ts";
import { resolveTimeWindow, type TimeRangeKey } from "./time-range.ts";

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
