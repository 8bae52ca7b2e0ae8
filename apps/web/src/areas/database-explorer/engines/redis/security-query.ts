import { useQuery } from "@tanstack/react-query";
import { fetchSnapshotAt } from "../../../../lib/snapshot-api.ts";
import { databaseExplorerKeys } from "../../keys.ts";

const KIND = "redis.security";

export function useSecurityQuery(targetId: string) {
  return useQuery({
    queryKey: databaseExplorerKeys.snapshot(targetId, KIND),
    queryFn: ({ signal }) => fetchSnapshotAt(KIND, targetId, null, signal),
    staleTime: 60_000,
  });
}
