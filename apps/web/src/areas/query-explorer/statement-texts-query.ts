import { API_ROUTES } from "@logstag/api-contract";
import { parseSnapshotRows, type SnapshotKind, type SnapshotRow } from "@logstag/protocol";
import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { queryExplorerKeys } from "./keys.ts";

/** The newest stored row of each key of a keyed snapshot kind (e.g. statement texts by key). */
export function useSnapshotRowsQuery<K extends SnapshotKind>(
  targetId: string,
  kind: K,
  keys: readonly string[],
) {
  return useQuery({
    queryKey: queryExplorerKeys.rows(targetId, kind, keys),
    queryFn: async ({ signal }): Promise<SnapshotRow<K>[]> => {
      const answer = await apiRequest(API_ROUTES.changes.rows, {
        params: { targetId },
        query: { kind, keys: keys.join(",") },
        signal,
      });
      return parseSnapshotRows(kind, answer.rows);
    },
    enabled: keys.length > 0,
    staleTime: 5 * 60_000,
  });
}
