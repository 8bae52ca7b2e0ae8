import { API_ROUTES, type SeriesResponse } from "@logstag/api-contract";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { resolveTimeWindow, type TimeRangeKey } from "../../lib/time-range.ts";
import { queryExplorerKeys } from "./keys.ts";
import { QUERY_REFRESH_MS } from "./target-query.ts";

/** `where`: only the series with that label value, e.g. `{ label: "query", value: key }`. */
export interface SeriesLabel {
  label: string;
  value: string;
}

export function fetchSeries(
  targetId: string,
  metrics: readonly string[],
  range: TimeRangeKey,
  signal: AbortSignal,
  where?: SeriesLabel,
): Promise<SeriesResponse> {
  const { from, to } = resolveTimeWindow(range, new Date());
  return apiRequest(API_ROUTES.series.query, {
    params: { targetId },
    query: {
      metrics: metrics.join(","),
      from,
      to,
      ...(where ? { where: `${where.label}=${where.value}` } : {}),
    },
    signal,
  });
}

export function useSeriesQuery(
  targetId: string,
  metrics: readonly string[],
  range: TimeRangeKey,
  where?: SeriesLabel,
) {
  return useQuery({
    queryKey: queryExplorerKeys.series(targetId, metrics, range, where),
    queryFn: ({ signal }) => fetchSeries(targetId, metrics, range, signal, where),
    refetchInterval: QUERY_REFRESH_MS,
    placeholderData: keepPreviousData,
  });
}
