import type { MetricSample } from "@logstag/protocol";
import { columnSamples, type Row, textOrNull } from "./map.ts";

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

export function mapSubscriptionStats(rows: readonly Row[]): MetricSample[] {
  return rows.flatMap((row) => {
    const subscription = textOrNull(row.subname, 200);
    if (!subscription) return [];
    return columnSamples(
      row,
      {
        apply_error_count: "postgres.subscription.apply_errors",
        sync_error_count: "postgres.subscription.sync_errors",
      },
      { subscription },
    );
  });
}
