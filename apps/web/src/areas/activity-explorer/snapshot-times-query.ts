import type { SnapshotKind } from "@logstag/protocol";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { fetchSnapshotTimes } from "../../lib/snapshot-api.ts";
import { resolveTimeWindow, type TimeRangeKey } from "../../lib/time-range.ts";
import { activityExplorerKeys } from "./keys.ts";
import { ACTIVITY_REFRESH_MS } from "./target-query.ts";

/** The snapshot times of the range, for stepping from one snapshot to the next. */
export function useSnapshotTimesQuery(kind: SnapshotKind, targetId: string, range: TimeRangeKey) {
  return useQuery({
    queryKey: activityExplorerKeys.times(targetId, kind, range),
    queryFn: ({ signal }) =>
      fetchSnapshotTimes(kind, targetId, resolveTimeWindow(range, new Date()), signal),
    refetchInterval: ACTIVITY_REFRESH_MS,
    placeholderData: keepPreviousData,
  });
}
