import { API_ROUTES, type SeriesResponse } from "@logstag/api-contract";
import { apiRequest } from "./api-client.ts";
import { resolveTimeWindow, type TimeRangeKey } from "./time-range.ts";

/** `where`: only the series with that label value, e.g. `{ label: "query", value: key }`. */
export interface SeriesLabel {
  label: string;
  value: string;
}

export interface SeriesRequest {
  targetId: string;
  metrics: readonly string[];
  range: TimeRangeKey;
  where?: SeriesLabel;
}

/** The window is resolved at fetch time, so every refresh slides it up to now. */
export function fetchSeries(request: SeriesRequest, signal: AbortSignal): Promise<SeriesResponse> {
  const { from, to } = resolveTimeWindow(request.range, new Date());
  const { where } = request;
  return apiRequest(API_ROUTES.series.query, {
    params: { targetId: request.targetId },
    query: {
      metrics: request.metrics.join(","),
      from,
      to,
      ...(where ? { where: `${where.label}=${where.value}` } : {}),
    },
    signal,
  });
}
