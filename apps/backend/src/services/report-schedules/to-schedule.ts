import type { ReportSchedule } from "@logstag/api-contract";
import type { ScheduleRow } from "../../store/report-schedules.ts";

export function toSchedule(row: ScheduleRow): ReportSchedule {
  return {
    id: row.id,
    name: row.name,
    targetIds: row.target_ids,
    frequency: row.frequency,
    hourUtc: row.hour_utc,
    weekday: row.weekday,
    recipients: row.recipients,
    attachments: row.attachments as ReportSchedule["attachments"],
    enabled: row.enabled,
    createdAt: row.created_at.toISOString(),
    createdBy: row.created_by,
    lastRunAt: row.last_run_at?.toISOString() ?? null,
    lastResult: row.last_result,
  };
}
