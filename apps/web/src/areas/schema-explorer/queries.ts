import { API_ROUTES, type ChangesResponse } from "@logstag/api-contract";
import type { SnapshotKind } from "@logstag/protocol";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { fetchSnapshotAt } from "../../lib/snapshot-api.ts";
import { fetchTarget, fetchTargets } from "../../lib/targets-api.ts";
import { schemaExplorerKeys } from "./keys.ts";

/** The schema group runs every few hours; a few minutes between refreshes is plenty. */
export const SCHEMA_REFRESH_MS = 300_000;

export function useTargetsQuery() {
  return useQuery({
    queryKey: schemaExplorerKeys.targets(),
    queryFn: ({ signal }) => fetchTargets(signal),
    staleTime: 30_000,
  });
}

export function useTargetQuery(targetId: string) {
  return useQuery({
    queryKey: schemaExplorerKeys.target(targetId),
    queryFn: ({ signal }) => fetchTarget(targetId, signal),
    refetchInterval: SCHEMA_REFRESH_MS,
  });
}

/** The newest snapshot of a kind. */
export function useLatestSnapshotQuery<K extends SnapshotKind>(kind: K, targetId: string) {
  return useQuery({
    queryKey: schemaExplorerKeys.snapshot(targetId, kind),
    queryFn: ({ signal }) => fetchSnapshotAt(kind, targetId, null, signal),
    refetchInterval: SCHEMA_REFRESH_MS,
    placeholderData: keepPreviousData,
  });
}

export function fetchChanges(
  targetId: string,
  window: { from: string; to: string },
  signal: AbortSignal,
): Promise<ChangesResponse> {
  return apiRequest(API_ROUTES.changes.list, { params: { targetId }, query: window, signal });
}

/** Change events in a window, newest first. */
export function useChangesQuery(targetId: string, window: { from: string; to: string }) {
  return useQuery({
    queryKey: schemaExplorerKeys.changes(targetId, window.from, window.to),
    queryFn: ({ signal }) => fetchChanges(targetId, window, signal),
    placeholderData: keepPreviousData,
  });
}
