import { join } from "node:path";
import { z } from "zod";

const seconds = (fallback: number, min = 1) =>
  z.coerce.number().min(min).max(86_400).default(fallback);

/** Settings of alert evaluation, notifications and channel secrets. */
export const alertingEnvSchema = z.object({
  LOGSTAG_ALERT_EVAL_INTERVAL_SECONDS: seconds(30),
  /** How often notification groups are checked (group wait and intervals are rounded up to it). */
  LOGSTAG_NOTIFY_INTERVAL_SECONDS: seconds(5),
  LOGSTAG_NOTIFY_RETRY_LIMIT: z.coerce.number().int().min(0).max(20).default(5),
  LOGSTAG_NOTIFY_RETRY_DELAY_SECONDS: seconds(10),
  LOGSTAG_ALERT_HISTORY_DAYS: z.coerce.number().int().min(400).max(3650).default(400),
  /** 32 random bytes, base64 (openssl rand -base64 32): encrypts channel secrets. */
  LOGSTAG_SECRET_KEY: z.string().optional(),
  /** A file holding that key; default `<data dir>/secret.key`, created on first use. */
  LOGSTAG_SECRET_KEY_FILE: z.string().optional(),
});

export interface AlertingConfig {
  evalIntervalSeconds: number;
  notifyIntervalSeconds: number;
  retryLimit: number;
  retryDelaySeconds: number;
  historyDays: number;
  secretKey: { value: string } | { file: string; createIfMissing: boolean };
}

export function toAlertingConfig(
  e: z.infer<typeof alertingEnvSchema>,
  dataDir: string,
): AlertingConfig {
  return {
    evalIntervalSeconds: e.LOGSTAG_ALERT_EVAL_INTERVAL_SECONDS,
    notifyIntervalSeconds: e.LOGSTAG_NOTIFY_INTERVAL_SECONDS,
    retryLimit: e.LOGSTAG_NOTIFY_RETRY_LIMIT,
    retryDelaySeconds: e.LOGSTAG_NOTIFY_RETRY_DELAY_SECONDS,
    historyDays: e.LOGSTAG_ALERT_HISTORY_DAYS,
    secretKey: e.LOGSTAG_SECRET_KEY
      ? { value: e.LOGSTAG_SECRET_KEY }
      : e.LOGSTAG_SECRET_KEY_FILE
        ? { file: e.LOGSTAG_SECRET_KEY_FILE, createIfMissing: false }
        : { file: join(dataDir, "secret.key"), createIfMissing: true },
  };
}
