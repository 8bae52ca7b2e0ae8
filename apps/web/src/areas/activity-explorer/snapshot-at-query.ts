import type { SnapshotKind } from "@logstag/protocol";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { fetchSnapshotAt } from "../../lib/snapshot-api.ts";
import { activityExplorerKeys } from "./keys.ts";
import { ACTIVITY_REFRESH_MS } from "./target-query.ts";

/** A past snapshot never changes; the latest one is refetched as the agent sends new ones. */
export function useSnapshotAtQuery<K extends SnapshotKind>(
  kind: K,
  targetId: string,
  at: string | null,
) {
  return useQuery({
    queryKey: activityExplorerKeys.snapshot(targetId, kind, at),
    queryFn: ({ signal }) => fetchSnapshotAt(kind, targetId, at, signal),
    refetchInterval: at === null ? ACTIVITY_REFRESH_MS : false,
    staleTime: at === null ? 0 : Number.POSITIVE_INFINITY,
    placeholderData: keepPreviousData,
  });
}
