import type { TimeRangeKey } from "../../lib/time-range.ts";

export const databaseExplorerKeys = {
  all: ["database-explorer"] as const,
  targets: () => [...databaseExplorerKeys.all, "targets"] as const,
  target: (targetId: string) => [...databaseExplorerKeys.all, "target", targetId] as const,
  instance: (targetId: string) => [...databaseExplorerKeys.all, "instance", targetId] as const,
  settings: (targetId: string) => [...databaseExplorerKeys.all, "settings", targetId] as const,
  roles: (targetId: string) => [...databaseExplorerKeys.all, "roles", targetId] as const,
  series: (targetId: string, metrics: readonly string[], range: TimeRangeKey) =>
    [...databaseExplorerKeys.all, "series", targetId, metrics.join(","), range] as const,
};
