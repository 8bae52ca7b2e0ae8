import { API_ROUTES, type BreakdownResponse } from "@logstag/api-contract";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { resolveTimeWindow, type TimeRangeKey } from "../../lib/time-range.ts";
import { queryExplorerKeys } from "./keys.ts";
import { QUERY_REFRESH_MS } from "./target-query.ts";

export interface BreakdownRequest {
  targetId: string;
  metrics: readonly string[];
  /** The label whose values become rows, e.g. `command`. */
  by: string;
  range: TimeRangeKey;
}

export function fetchBreakdown(
  r: BreakdownRequest,
  signal: AbortSignal,
): Promise<BreakdownResponse> {
  const { from, to } = resolveTimeWindow(r.range, new Date());
  return apiRequest(API_ROUTES.series.breakdown, {
    params: { targetId: r.targetId },
    query: { metrics: r.metrics.join(","), by: r.by, from, to },
    signal,
  });
}

/** Metrics totalled over the range, one row per label value. */
export function useBreakdownQuery(request: BreakdownRequest) {
  return useQuery({
    queryKey: queryExplorerKeys.breakdown(
      request.targetId,
      request.metrics,
      request.by,
      request.range,
    ),
    queryFn: ({ signal }) => fetchBreakdown(request, signal),
    refetchInterval: QUERY_REFRESH_MS,
    placeholderData: keepPreviousData,
  });
}
