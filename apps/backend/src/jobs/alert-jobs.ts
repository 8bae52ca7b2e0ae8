import type { Logger } from "pino";
import { evaluateOrg } from "../alerting/evaluation/evaluate-org.ts";
import { deliverNotification } from "../alerting/notifications/deliver-notification.ts";
import { DELIVERY_QUEUE, dispatchOrg } from "../alerting/notifications/dispatch-org.ts";
import { loadSecretKey } from "../alerting/secrets/secret-box.ts";
import { templateLibrary } from "../alerting/templates/load-templates.ts";
import type { BackendConfig } from "../config.ts";
import { orgsWithEnabledRules } from "../store/alert-rules.ts";
import { deleteAlertHistoryBefore } from "../store/alert-views.ts";
import { orgsWithPolicies } from "../store/notification-policies.ts";
import type { JobDefinition, QueueDefinition } from "./job-definitions.ts";

const DAY = 86_400_000;

/** The public address alert links start with. */
export function publicUrlOf(config: BackendConfig): string {
  if (config.accounts.publicUrl) return config.accounts.publicUrl;
  const host = config.host === "0.0.0.0" ? "127.0.0.1" : config.host;
  return `http://${host}:${config.port}`;
}

/** Evaluation, notification dispatch and alert history retention, shared by all replicas. */
export function alertJobs(config: BackendConfig, logger: Logger): JobDefinition[] {
  const a = config.alerting;
  return [
    {
      name: "alert-evaluation",
      intervalSeconds: a.evalIntervalSeconds,
      expireInSeconds: Math.max(120, a.evalIntervalSeconds * 4),
      async run(db) {
        const library = templateLibrary();
        const out: Record<string, unknown> = {};
        for (const orgId of await orgsWithEnabledRules(db)) {
          try {
            out[orgId] = await evaluateOrg(db, orgId, library);
          } catch (err) {
            // One organization's failure must not stop the others' alerts.
            logger.error({ err, orgId }, "alert evaluation failed");
            out[orgId] = { error: String(err) };
          }
        }
        return out;
      },
    },
    {
      name: "alert-notifications",
      intervalSeconds: a.notifyIntervalSeconds,
      expireInSeconds: 120,
      async run(db, tools) {
        const deps = { library: templateLibrary(), publicUrl: publicUrlOf(config), tools };
        let sends = 0;
        for (const orgId of await orgsWithPolicies(db)) {
          try {
            sends += (await dispatchOrg(db, orgId, deps)).sends;
          } catch (err) {
            logger.error({ err, orgId }, "notification dispatch failed");
          }
        }
        return { sends };
      },
    },
    {
      name: "alert-history",
      intervalSeconds: 3600,
      expireInSeconds: 1800,
      run: async (db) => ({
        deleted: await deleteAlertHistoryBefore(db, new Date(Date.now() - a.historyDays * DAY)),
      }),
    },
  ];
}

export function alertQueues(config: BackendConfig): QueueDefinition[] {
  let key: Buffer | undefined;
  const deps = {
    smtp: config.accounts.smtp,
    timeoutMs: 10_000,
    retryLimit: config.alerting.retryLimit,
    secretKey: () => {
      key ??= loadSecretKey(config.alerting.secretKey);
      return key;
    },
  };
  return [
    {
      name: DELIVERY_QUEUE,
      retryLimit: config.alerting.retryLimit,
      retryDelaySeconds: config.alerting.retryDelaySeconds,
      expireInSeconds: 120,
      work: (db, data, attempt) =>
        deliverNotification(db, data as { orgId: string; deliveryId: string }, deps, attempt),
    },
  ];
}
