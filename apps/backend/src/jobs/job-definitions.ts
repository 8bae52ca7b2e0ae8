import type { Db } from "../store/db.ts";
import type { TimeseriesConfig } from "../timeseries-config.ts";
import { runMaintenance } from "./maintenance-job.ts";
import { runRollup } from "./rollup-job.ts";

export interface JobDefinition {
  name: string;
  /** One run per slot of this many seconds, across all replicas. */
  intervalSeconds: number;
  /** A run still active after this long (its process died) is given up, freeing the next slot. */
  expireInSeconds: number;
  run(db: Db): Promise<unknown>;
}

export function timeseriesJobs(config: TimeseriesConfig): JobDefinition[] {
  const rollupEvery = config.jobs.rollupIntervalSeconds;
  return [
    {
      name: "rollup",
      intervalSeconds: rollupEvery,
      expireInSeconds: Math.max(300, rollupEvery * 5),
      // Stop well before the next slot; whatever is left continues in the next run.
      run: (db) => runRollup(db, { budgetMs: Math.max(5_000, rollupEvery * 800) }),
    },
    {
      name: "partition-maintenance",
      intervalSeconds: config.jobs.maintenanceIntervalSeconds,
      expireInSeconds: 1800,
      run: (db) => runMaintenance(db, config.retentionDays),
    },
  ];
}
