import type { Queryable } from "./db.ts";

export interface ScheduleRow {
  id: string;
  name: string;
  target_ids: string[];
  frequency: "daily" | "weekly";
  hour_utc: number;
  weekday: number | null;
  recipients: string[];
  attachments: string[];
  enabled: boolean;
  created_at: Date;
  created_by: string;
  last_run_at: Date | null;
  last_result: string | null;
}

export interface ScheduleFields {
  name: string;
  targetIds: string[];
  frequency: "daily" | "weekly";
  hourUtc: number;
  weekday: number | null;
  recipients: string[];
  attachments: string[];
  enabled: boolean;
}

const COLUMNS = `id, name, target_ids, frequency, hour_utc, weekday, recipients, attachments, enabled,
  created_at, created_by, last_run_at, last_result`;

const values = (f: ScheduleFields) => [
  f.name,
  f.targetIds,
  f.frequency,
  f.hourUtc,
  f.weekday,
  f.recipients,
  f.attachments,
  f.enabled,
];

export async function listSchedules(db: Queryable, orgId: string): Promise<ScheduleRow[]> {
  const { rows } = await db.query<ScheduleRow>(
    `select ${COLUMNS} from report_schedules where org_id = $1 order by created_at`,
    [orgId],
  );
  return rows;
}

export async function findSchedule(
  db: Queryable,
  orgId: string,
  id: string,
): Promise<ScheduleRow | undefined> {
  const { rows } = await db.query<ScheduleRow>(
    `select ${COLUMNS} from report_schedules where org_id = $1 and id = $2`,
    [orgId, id],
  );
  return rows[0];
}

export async function insertSchedule(
  db: Queryable,
  orgId: string,
  f: ScheduleFields,
  createdBy: string,
): Promise<ScheduleRow> {
  const { rows } = await db.query<ScheduleRow>(
    `insert into report_schedules (org_id, name, target_ids, frequency, hour_utc, weekday, recipients, attachments, enabled, created_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning ${COLUMNS}`,
    [orgId, ...values(f), createdBy],
  );
  return rows[0] as ScheduleRow;
}

export async function updateSchedule(
  db: Queryable,
  orgId: string,
  id: string,
  f: ScheduleFields,
): Promise<ScheduleRow | undefined> {
  const { rows } = await db.query<ScheduleRow>(
    `update report_schedules set name = $3, target_ids = $4, frequency = $5, hour_utc = $6, weekday = $7,
            recipients = $8, attachments = $9, enabled = $10
      where org_id = $1 and id = $2 returning ${COLUMNS}`,
    [orgId, id, ...values(f)],
  );
  return rows[0];
}

export async function deleteSchedule(
  db: Queryable,
  orgId: string,
  id: string,
): Promise<ScheduleRow | undefined> {
  const { rows } = await db.query<ScheduleRow>(
    `delete from report_schedules where org_id = $1 and id = $2 returning ${COLUMNS}`,
    [orgId, id],
  );
  return rows[0];
}

/** Enabled schedules of every organization whose slot (hour, weekday) has come and that have not run in it. */
export async function dueSchedules(
  db: Queryable,
  now: Date,
): Promise<(ScheduleRow & { org_id: string })[]> {
  const { rows } = await db.query<ScheduleRow & { org_id: string }>(
    `select org_id, ${COLUMNS} from report_schedules
      where enabled and hour_utc <= extract(hour from $1 at time zone 'UTC')
        and (frequency = 'daily' or weekday = extract(dow from $1 at time zone 'UTC'))
        and (last_run_at is null or last_run_at < date_trunc('day', $1 at time zone 'UTC') at time zone 'UTC')`,
    [now],
  );
  return rows;
}

export async function markScheduleRun(
  db: Queryable,
  orgId: string,
  id: string,
  at: Date,
  result: string,
): Promise<void> {
  await db.query(
    "update report_schedules set last_run_at = $3, last_result = $4 where org_id = $1 and id = $2",
    [orgId, id, at, result],
  );
}
