import {
  type SnapshotRangeResponse,
  type SnapshotResponse,
  type SnapshotTimesResponse,
  snapshotRoutesByKind,
} from "@logstag/api-contract";
import type { SnapshotKind } from "@logstag/protocol";
import { apiRequest } from "./api-client.ts";

/**
 * The route table is built per kind at run time, so TypeScript cannot follow a generic `K` through
 * it; the response was parsed by that kind's own schema, which is what the type says.
 */
function asKindResponse<T>(value: unknown): T {
  return value as T;
}

/** The snapshot at or before `at` (within an hour); `at` null: the newest one. */
export async function fetchSnapshotAt<K extends SnapshotKind>(
  kind: K,
  targetId: string,
  at: string | null,
  signal: AbortSignal,
): Promise<SnapshotResponse<K>> {
  const route = snapshotRoutesByKind[kind].at;
  const query = at === null ? {} : { at };
  return asKindResponse(await apiRequest(route, { params: { targetId }, query, signal }));
}

/** When snapshots of a kind were taken in a window, oldest first, with their row counts. */
export function fetchSnapshotTimes(
  kind: SnapshotKind,
  targetId: string,
  window: { from: string; to: string },
  signal: AbortSignal,
): Promise<SnapshotTimesResponse> {
  const route = snapshotRoutesByKind[kind].times;
  return apiRequest(route, { params: { targetId }, query: window, signal });
}

/** Every snapshot of a kind in a window, newest first, rows included. */
export async function fetchSnapshotRange<K extends SnapshotKind>(
  kind: K,
  targetId: string,
  window: { from: string; to: string },
  signal: AbortSignal,
): Promise<SnapshotRangeResponse<K>> {
  const route = snapshotRoutesByKind[kind].range;
  return asKindResponse(await apiRequest(route, { params: { targetId }, query: window, signal }));
}
