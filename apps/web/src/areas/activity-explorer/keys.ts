import type { TimeRangeKey } from "../../lib/time-range.ts";

export const activityExplorerKeys = {
  all: ["activity-explorer"] as const,
  targets: () => [...activityExplorerKeys.all, "targets"] as const,
  target: (targetId: string) => [...activityExplorerKeys.all, "target", targetId] as const,
  aas: (targetId: string, range: TimeRangeKey) =>
    [...activityExplorerKeys.all, "aas", targetId, range] as const,
  samples: (targetId: string, range: TimeRangeKey) =>
    [...activityExplorerKeys.all, "samples", targetId, range] as const,
  /** `at` null: the latest sample, refetched as new ones arrive. */
  sessions: (targetId: string, at: string | null) =>
    [...activityExplorerKeys.all, "sessions", targetId, at ?? "latest"] as const,
};
