import type { SeriesLabel } from "../../lib/series-api.ts";
import type { TimeRangeKey } from "../../lib/time-range.ts";

export const queryExplorerKeys = {
  all: ["query-explorer"] as const,
  targets: () => [...queryExplorerKeys.all, "targets"] as const,
  target: (targetId: string) => [...queryExplorerKeys.all, "target", targetId] as const,
  breakdown: (targetId: string, metrics: readonly string[], by: string, range: TimeRangeKey) =>
    [...queryExplorerKeys.all, "breakdown", targetId, metrics.join(","), by, range] as const,
  series: (
    targetId: string,
    metrics: readonly string[],
    range: TimeRangeKey,
    where?: SeriesLabel,
  ) =>
    [
      ...queryExplorerKeys.all,
      "series",
      targetId,
      metrics.join(","),
      range,
      where ? `${where.label}=${where.value}` : "",
    ] as const,
  rows: (targetId: string, kind: string, keys: readonly string[]) =>
    [...queryExplorerKeys.all, "rows", targetId, kind, keys.join(",")] as const,
  snapshots: (targetId: string, kind: string, range: TimeRangeKey) =>
    [...queryExplorerKeys.all, "snapshots", targetId, kind, range] as const,
};
