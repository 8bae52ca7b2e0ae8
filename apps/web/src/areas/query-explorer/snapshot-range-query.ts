import type { SnapshotKind } from "@logstag/protocol";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { fetchSnapshotRange } from "../../lib/snapshot-api.ts";
import { resolveTimeWindow, type TimeRangeKey } from "../../lib/time-range.ts";
import { queryExplorerKeys } from "./keys.ts";
import { QUERY_REFRESH_MS } from "./target-query.ts";

/** Every snapshot of a kind in the range, newest first (e.g. the slow log's new entries). */
export function useSnapshotRangeQuery<K extends SnapshotKind>(
  kind: K,
  targetId: string,
  range: TimeRangeKey,
) {
  return useQuery({
    queryKey: queryExplorerKeys.snapshots(targetId, kind, range),
    queryFn: ({ signal }) =>
      fetchSnapshotRange(kind, targetId, resolveTimeWindow(range, new Date()), signal),
    refetchInterval: QUERY_REFRESH_MS,
    placeholderData: keepPreviousData,
  });
}
