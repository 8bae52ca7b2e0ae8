import type { Db } from "../store/db.ts";
import { pruneSeriesWithoutPoints } from "../store/ingest.ts";
import { deleteDirtyHoursBefore, deleteJobRunsBefore } from "../store/job-runs.ts";
import { firstRetainedPeriod, nextPeriod, periodStart } from "../store/partition-periods.ts";
import { PARTITIONED_TABLES, PERIODS_AHEAD } from "../store/partitioned-tables.ts";
import { dropPartitionsBefore, ensurePartitions } from "../store/partitions.ts";
import type { RetentionDays } from "../timeseries-config.ts";

const DAY = 86_400_000;
const JOB_RUN_HISTORY_DAYS = 14;

export interface MaintenanceSummary {
  created: string[];
  dropped: string[];
  deletedJobRuns: number;
  deletedDirtyHours: number;
  prunedSeries: number;
}

/**
 * Partitions for today and the next days exist before anything is written to them; partitions
 * wholly past their retention are dropped. Older partitions are created on demand only (late
 * points, rollup catch-up), so the catalog holds no empty tables for days without data.
 */
export async function runMaintenance(
  db: Db,
  retention: RetentionDays,
  now = new Date(),
): Promise<MaintenanceSummary> {
  const created: string[] = [];
  const dropped: string[] = [];
  for (const spec of PARTITIONED_TABLES) {
    const current = periodStart(spec.granularity, now);
    let last = current;
    for (let i = 0; i < PERIODS_AHEAD[spec.granularity]; i++)
      last = nextPeriod(spec.granularity, last);
    created.push(...(await ensurePartitions(db, spec, current, last)));
    const keepFrom = firstRetainedPeriod(spec.granularity, now, retention[spec.retention]);
    dropped.push(...(await dropPartitionsBefore(db, spec, keepFrom)));
  }
  const deletedJobRuns = await deleteJobRunsBefore(
    db,
    new Date(now.getTime() - JOB_RUN_HISTORY_DAYS * DAY),
  );
  // Raw points of those hours are gone: they can no longer be redone.
  const deletedDirtyHours = await deleteDirtyHoursBefore(
    db,
    firstRetainedPeriod("day", now, retention.raw),
  );
  const prunedSeries = await pruneSeriesWithoutPoints(db);
  return { created, dropped, deletedJobRuns, deletedDirtyHours, prunedSeries };
}
