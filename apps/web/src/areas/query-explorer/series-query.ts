import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { fetchSeries, type SeriesRequest } from "../../lib/series-api.ts";
import { queryExplorerKeys } from "./keys.ts";
import { QUERY_REFRESH_MS } from "./target-query.ts";

export function useSeriesQuery(request: SeriesRequest) {
  return useQuery({
    queryKey: queryExplorerKeys.series(
      request.targetId,
      request.metrics,
      request.range,
      request.where,
    ),
    queryFn: ({ signal }) => fetchSeries(request, signal),
    refetchInterval: QUERY_REFRESH_MS,
    placeholderData: keepPreviousData,
  });
}
