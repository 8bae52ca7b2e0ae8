import { HEALTH_REPORT_RETENTION_DAYS } from "@logstag/api-contract";
import { ENGINE_KINDS } from "@logstag/protocol";
import { generateReport } from "../services/health/generate-report.ts";
import { healthChecksOf } from "../services/health/health-checks-of.ts";
import { createReportMailer } from "../services/health/report-mailer.ts";
import { runReportSchedule } from "../services/health/run-report-schedule.ts";
import type { Db } from "../store/db.ts";
import { deleteReportsBefore, targetsDueForReport } from "../store/health-reports.ts";
import { dueSchedules } from "../store/report-schedules.ts";
import type { JobDefinition } from "./job-definitions.ts";

const DAY_MS = 86_400_000;
/** A new target gets its first report once a few minutes of data (counters need two samples) exist. */
const FIRST_REPORT_AFTER_MS = 3 * 60_000;
const REPORTS_PER_RUN = 50;

/** Daily report of every supported target, e-mailed schedules, and retention of old reports. */
export async function runHealthJob(
  db: Db,
  smtp: { url: string; from: string } | undefined,
  now = new Date(),
) {
  const engines = ENGINE_KINDS.filter((e) => healthChecksOf(e).length > 0);
  const due = await targetsDueForReport(
    db,
    new Date(now.getTime() - DAY_MS),
    REPORTS_PER_RUN,
    engines,
    new Date(now.getTime() - FIRST_REPORT_AFTER_MS),
  );
  let made = 0;
  for (const t of due) {
    await generateReport({
      ctx: { db, orgId: t.org_id, actor: { kind: "system" } },
      input: { targetId: t.id, trigger: "schedule", now },
    });
    made++;
  }
  const mailer = smtp ? createReportMailer(smtp) : undefined;
  const schedules = await dueSchedules(db, now);
  for (const s of schedules) await runReportSchedule(db, s, mailer, now);
  const deleted = await deleteReportsBefore(
    db,
    new Date(now.getTime() - HEALTH_REPORT_RETENTION_DAYS * DAY_MS),
  );
  return { reports: made, schedules: schedules.length, deleted };
}

export function healthJobs(smtp: { url: string; from: string } | undefined): JobDefinition[] {
  return [
    {
      name: "health-reports",
      intervalSeconds: 120,
      expireInSeconds: 1800,
      run: (db) => runHealthJob(db, smtp),
    },
  ];
}
