import { z } from "zod";

const days = (fallback: number) => z.coerce.number().int().min(1).max(3650).default(fallback);
const seconds = (fallback: number) => z.coerce.number().int().min(1).max(86_400).default(fallback);

/** Settings of time-series storage, rollups, retention and ingestion back-pressure. */
export const timeseriesEnvSchema = z.object({
  LOGSTAG_RETENTION_RAW_DAYS: days(7),
  LOGSTAG_RETENTION_1M_DAYS: days(30),
  LOGSTAG_RETENTION_1H_DAYS: days(400),
  /** Schema and query-text snapshots and change events. */
  LOGSTAG_RETENTION_HISTORY_DAYS: days(400),
  /** Run the background jobs (rollups, retention) in this process; replicas share them. */
  LOGSTAG_JOBS: z.enum(["0", "1", "true", "false"]).default("1"),
  LOGSTAG_ROLLUP_INTERVAL_SECONDS: seconds(60),
  LOGSTAG_MAINTENANCE_INTERVAL_SECONDS: seconds(3600),
  /** Ingest requests written to the store at once; more wait in a bounded queue. */
  LOGSTAG_INGEST_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  LOGSTAG_INGEST_QUEUE: z.coerce.number().int().min(0).max(10_000).default(64),
  /** Of the queue, how many requests one organization may have waiting. */
  LOGSTAG_INGEST_QUEUE_PER_ORG: z.coerce.number().int().min(0).max(10_000).default(16),
});

export interface RetentionDays {
  raw: number;
  "1m": number;
  "1h": number;
  history: number;
}

export interface TimeseriesConfig {
  retentionDays: RetentionDays;
  jobs: { enabled: boolean; rollupIntervalSeconds: number; maintenanceIntervalSeconds: number };
  ingest: { concurrency: number; queue: number; queuePerOrg: number };
}

export const DEFAULT_TIMESERIES_CONFIG: TimeseriesConfig = toTimeseriesConfig(
  timeseriesEnvSchema.parse({}),
);

export function toTimeseriesConfig(e: z.infer<typeof timeseriesEnvSchema>): TimeseriesConfig {
  return {
    retentionDays: {
      raw: e.LOGSTAG_RETENTION_RAW_DAYS,
      "1m": e.LOGSTAG_RETENTION_1M_DAYS,
      "1h": e.LOGSTAG_RETENTION_1H_DAYS,
      history: e.LOGSTAG_RETENTION_HISTORY_DAYS,
    },
    jobs: {
      enabled: e.LOGSTAG_JOBS === "1" || e.LOGSTAG_JOBS === "true",
      rollupIntervalSeconds: e.LOGSTAG_ROLLUP_INTERVAL_SECONDS,
      maintenanceIntervalSeconds: e.LOGSTAG_MAINTENANCE_INTERVAL_SECONDS,
    },
    ingest: {
      concurrency: e.LOGSTAG_INGEST_CONCURRENCY,
      queue: e.LOGSTAG_INGEST_QUEUE,
      queuePerOrg: e.LOGSTAG_INGEST_QUEUE_PER_ORG,
    },
  };
}
