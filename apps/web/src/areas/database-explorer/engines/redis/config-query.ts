import { useQuery } from "@tanstack/react-query";
import { fetchSnapshotAt } from "../../../../lib/snapshot-api.ts";
import { databaseExplorerKeys } from "../../keys.ts";

const KIND = "redis.config";

/** The configuration is collected with the low group; a minute of staleness is invisible. */
export function useConfigQuery(targetId: string) {
  return useQuery({
    queryKey: databaseExplorerKeys.snapshot(targetId, KIND),
    queryFn: ({ signal }) => fetchSnapshotAt(KIND, targetId, null, signal),
    staleTime: 60_000,
  });
}
