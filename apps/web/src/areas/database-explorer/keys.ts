import type { TimeRangeKey } from "../../lib/time-range.ts";

export const databaseExplorerKeys = {
  all: ["database-explorer"] as const,
  targets: () => [...databaseExplorerKeys.all, "targets"] as const,
  target: (targetId: string) => [...databaseExplorerKeys.all, "target", targetId] as const,
  instance: (targetId: string) => [...databaseExplorerKeys.all, "instance", targetId] as const,
  /** The newest snapshot of a kind, e.g. `postgres.settings` or `redis.config`. */
  snapshot: (targetId: string, kind: string) =>
    [...databaseExplorerKeys.all, "snapshot", targetId, kind] as const,
  series: (targetId: string, metrics: readonly string[], range: TimeRangeKey) =>
    [...databaseExplorerKeys.all, "series", targetId, metrics.join(","), range] as const,
};
