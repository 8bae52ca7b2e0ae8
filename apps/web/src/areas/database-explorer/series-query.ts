import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { fetchSeries, type SeriesRequest } from "../../lib/series-api.ts";
import { databaseExplorerKeys } from "./keys.ts";
import { EXPLORER_REFRESH_MS } from "./target-query.ts";

export function useSeriesQuery(request: SeriesRequest) {
  return useQuery({
    queryKey: databaseExplorerKeys.series(request.targetId, request.metrics, request.range),
    queryFn: ({ signal }) => fetchSeries(request, signal),
    refetchInterval: EXPLORER_REFRESH_MS,
    placeholderData: keepPreviousData,
  });
}
