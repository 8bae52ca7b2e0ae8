import type { MetricSample } from "@logstag/protocol";
import { columnSamples, type Row, toNumber } from "./map.ts";

const HOLDERS = ["backends", "slots", "prepared_xacts", "standbys"] as const;

/** One age per kind of holder that holds an xmin now, and the oldest of them all. */
export function mapXminHorizon(row: Row | undefined): MetricSample[] {
  if (!row) return [];
  const samples = HOLDERS.flatMap((holder) => {
    const value = toNumber(row[holder]);
    return value === undefined ? [] : [{ name: `postgres.xmin_horizon.${holder}`, value }];
  });
  const oldest = Math.max(0, ...samples.map((s) => s.value));
  return [{ name: "postgres.xmin_horizon.age", value: oldest }, ...samples];
}

export function mapArchiver(row: Row | undefined): MetricSample[] {
  if (!row) return [];
  return [
    ...columnSamples(row, {
      archived_count: "postgres.archiver.archived",
      failed_count: "postgres.archiver.failed",
      last_archived_age: "postgres.archiver.last_archived_age",
      last_failed_age: "postgres.archiver.last_failed_age",
    }),
    { name: "postgres.archiver.failing", value: row.failing === true ? 1 : 0 },
  ];
}

const CONFLICT_TYPES = {
  confl_tablespace: "tablespace",
  confl_lock: "lock",
  confl_snapshot: "snapshot",
  confl_bufferpin: "bufferpin",
  confl_deadlock: "deadlock",
  confl_active_logicalslot: "logical_slot",
} as const;

export function mapConflicts(rows: readonly Row[]): MetricSample[] {
  return rows.flatMap((row) => {
    if (typeof row.datname !== "string") return [];
    const database = row.datname;
    return Object.entries(CONFLICT_TYPES).flatMap(([column, type]) => {
      const value = toNumber(row[column]);
      return value === undefined
        ? []
        : [{ name: "postgres.database.conflicts_by_type", value, labels: { database, type } }];
    });
  });
}
