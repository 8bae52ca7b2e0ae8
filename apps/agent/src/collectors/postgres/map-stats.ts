import type { MetricSample } from "@logstag/protocol";
import { columnSamples, type Row, textOrNull, toNumber } from "./map.ts";

export function mapSlru(rows: readonly Row[]): MetricSample[] {
  return rows.flatMap((row) => {
    const cache = textOrNull(row.name, 200);
    if (!cache) return [];
    return columnSamples(
      row,
      {
        blks_zeroed: "postgres.slru.blks_zeroed",
        blks_hit: "postgres.slru.blks_hit",
        blks_read: "postgres.slru.blks_read",
        blks_written: "postgres.slru.blks_written",
        blks_exists: "postgres.slru.blks_exists",
        flushes: "postgres.slru.flushes",
        truncates: "postgres.slru.truncates",
      },
      { cache },
    );
  });
}

const SUBSCRIPTION_CONFLICTS = {
  confl_insert_exists: "insert_exists",
  confl_update_origin_differs: "update_origin_differs",
  confl_update_exists: "update_exists",
  confl_update_missing: "update_missing",
  confl_delete_origin_differs: "delete_origin_differs",
  confl_delete_missing: "delete_missing",
  confl_multiple_unique_conflicts: "multiple_unique_conflicts",
} as const;

export function mapSubscriptionStats(rows: readonly Row[]): MetricSample[] {
  return rows.flatMap((row) => {
    const subscription = textOrNull(row.subname, 200);
    if (!subscription) return [];
    const samples = columnSamples(
      row,
      {
        apply_error_count: "postgres.subscription.apply_errors",
        sync_error_count: "postgres.subscription.sync_errors",
      },
      { subscription },
    );
    for (const [column, type] of Object.entries(SUBSCRIPTION_CONFLICTS)) {
      const value = toNumber(row[column]);
      if (value === undefined) continue;
      samples.push({
        name: "postgres.subscription.conflicts",
        value,
        labels: { subscription, type },
      });
    }
    return samples;
  });
}
