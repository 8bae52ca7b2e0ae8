/**
 * Every time-partitioned table, in one place: partition maintenance creates partitions ahead of
 * time and drops those past retention for each entry. A new partitioned table (for example a
 * snapshot table) only needs an entry here, a retention setting, and a parent table created by
 * its migration with `partition by range (<time column>)`.
 */
export type Granularity = "day" | "month";

/** Retention tiers; each has a number of days in the configuration. */
export type RetentionTier = "raw" | "1m" | "1h" | "history";

export interface PartitionedTable {
  /** Parent table; partitions are named `<table>_pYYYYMMDD` (day) or `<table>_pYYYYMM` (month). */
  table: string;
  granularity: Granularity;
  retention: RetentionTier;
}

export const PARTITIONED_TABLES = [
  { table: "points", granularity: "day", retention: "raw" },
  { table: "ingested_payloads", granularity: "day", retention: "raw" },
  { table: "points_1m", granularity: "day", retention: "1m" },
  { table: "points_1h", granularity: "month", retention: "1h" },
  { table: "snapshots", granularity: "day", retention: "raw" },
  { table: "snapshots_history", granularity: "month", retention: "history" },
  { table: "changes", granularity: "month", retention: "history" },
] as const satisfies readonly PartitionedTable[];

/** The tables that take one request's writes: a payload's day must exist in all of them. */
export const INGEST_TABLES = PARTITIONED_TABLES.filter(
  (t) => t.retention === "raw" || t.retention === "history",
);

/** Days (or months) created ahead of the current one, so ingestion never waits for a partition. */
export const PERIODS_AHEAD: Record<Granularity, number> = { day: 3, month: 1 };
