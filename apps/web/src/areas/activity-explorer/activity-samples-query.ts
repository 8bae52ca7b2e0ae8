import { type ActivitySamplesResponse, API_ROUTES } from "@logstag/api-contract";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { resolveTimeWindow, type TimeRangeKey } from "../../lib/time-range.ts";
import { activityExplorerKeys } from "./keys.ts";
import { ACTIVITY_REFRESH_MS } from "./target-query.ts";

export function fetchActivitySamples(
  targetId: string,
  range: TimeRangeKey,
  signal: AbortSignal,
): Promise<ActivitySamplesResponse> {
  return apiRequest(API_ROUTES.postgres.activitySamples, {
    params: { targetId },
    query: resolveTimeWindow(range, new Date()),
    signal,
  });
}

/** The sample times of the range, for stepping from one sample to the next. */
export function useActivitySamplesQuery(targetId: string, range: TimeRangeKey, enabled: boolean) {
  return useQuery({
    queryKey: activityExplorerKeys.samples(targetId, range),
    queryFn: ({ signal }) => fetchActivitySamples(targetId, range, signal),
    refetchInterval: ACTIVITY_REFRESH_MS,
    placeholderData: keepPreviousData,
    enabled,
  });
}
