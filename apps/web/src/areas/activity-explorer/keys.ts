import type { TimeRangeKey } from "../../lib/time-range.ts";

export const activityExplorerKeys = {
  all: ["activity-explorer"] as const,
  targets: () => [...activityExplorerKeys.all, "targets"] as const,
  target: (targetId: string) => [...activityExplorerKeys.all, "target", targetId] as const,
  series: (targetId: string, metrics: readonly string[], range: TimeRangeKey) =>
    [...activityExplorerKeys.all, "series", targetId, metrics.join(","), range] as const,
  /** When snapshots of a kind were taken in the range. */
  times: (targetId: string, kind: string, range: TimeRangeKey) =>
    [...activityExplorerKeys.all, "times", targetId, kind, range] as const,
  /** `at` null: the latest snapshot, refetched as new ones arrive. */
  snapshot: (targetId: string, kind: string, at: string | null) =>
    [...activityExplorerKeys.all, "snapshot", targetId, kind, at ?? "latest"] as const,
};
