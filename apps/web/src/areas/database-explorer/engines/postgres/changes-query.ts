import { API_ROUTES } from "@logstag/api-contract";
import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../../../lib/api-client.ts";
import { resolveTimeWindow, type TimeRangeKey } from "../../../../lib/time-range.ts";
import { databaseExplorerKeys } from "../../keys.ts";
import { changeMarkers } from "./change-markers.utils.ts";

/** Schema, setting and role changes over the charts' range, as chart markers; refreshed each minute. */
export function useChangeMarkersQuery(targetId: string, range: TimeRangeKey) {
  return useQuery({
    queryKey: [...databaseExplorerKeys.all, "changes", targetId, range],
    queryFn: async ({ signal }) => {
      const window = resolveTimeWindow(range, new Date());
      const answer = await apiRequest(API_ROUTES.changes.list, {
        params: { targetId },
        query: window,
        signal,
      });
      return changeMarkers(answer.events);
    },
    refetchInterval: 60_000,
  });
}
