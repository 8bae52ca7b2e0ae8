import type { Db, Queryable } from "../store/db.ts";
import type { TimeseriesConfig } from "../timeseries-config.ts";
import { runMaintenance } from "./maintenance-job.ts";
import { runRollup } from "./rollup-job.ts";

/** What a periodic job may do besides using the store: queue work in its own transaction. */
export interface JobTools {
  enqueue(tx: Queryable, queue: string, data: object): Promise<void>;
}

export interface JobDefinition {
  name: string;
  /** One run per slot of this many seconds, across all replicas. */
  intervalSeconds: number;
  /** A run still active after this long (its process died) is given up, freeing the next slot. */
  expireInSeconds: number;
  run(db: Db, tools: JobTools): Promise<unknown>;
}

/** Work queued by jobs, each item retried with exponential backoff until `retryLimit`. */
export interface QueueDefinition {
  name: string;
  retryLimit: number;
  retryDelaySeconds: number;
  expireInSeconds: number;
  work(db: Db, data: unknown, attempt: { retryCount: number }): Promise<void>;
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
