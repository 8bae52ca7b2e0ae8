import { useQuery } from "@tanstack/react-query";
import { fetchSnapshotAt } from "../../../../lib/snapshot-api.ts";
import { databaseExplorerKeys } from "../../keys.ts";

const KIND = "postgres.roles";

/** Roles are collected every 10 minutes; a minute of staleness is invisible. */
export function useRolesQuery(targetId: string) {
  return useQuery({
    queryKey: databaseExplorerKeys.snapshot(targetId, KIND),
    queryFn: ({ signal }) => fetchSnapshotAt(KIND, targetId, null, signal),
    staleTime: 60_000,
  });
}
