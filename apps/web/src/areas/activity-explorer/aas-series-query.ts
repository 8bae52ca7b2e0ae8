import { API_ROUTES, type SeriesResponse } from "@logstag/api-contract";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { resolveTimeWindow, type TimeRangeKey } from "../../lib/time-range.ts";
import { AAS_METRICS } from "./activity.utils.ts";
import { activityExplorerKeys } from "./keys.ts";
import { ACTIVITY_REFRESH_MS } from "./target-query.ts";

export function fetchAasSeries(
  targetId: string,
  range: TimeRangeKey,
  signal: AbortSignal,
): Promise<SeriesResponse> {
  const { from, to } = resolveTimeWindow(range, new Date());
  return apiRequest(API_ROUTES.series.query, {
    params: { targetId },
    query: { metrics: AAS_METRICS.join(","), from, to },
    signal,
  });
}

export function useAasSeriesQuery(targetId: string, range: TimeRangeKey, enabled: boolean) {
  return useQuery({
    queryKey: activityExplorerKeys.aas(targetId, range),
    queryFn: ({ signal }) => fetchAasSeries(targetId, range, signal),
    refetchInterval: ACTIVITY_REFRESH_MS,
    placeholderData: keepPreviousData,
    enabled,
  });
}
