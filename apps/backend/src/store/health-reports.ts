import type { Queryable } from "./db.ts";

export interface StoredReport {
  id: string;
  target_id: string;
  generated_at: Date;
  trigger: string;
  score: number;
  report: unknown;
}

export async function insertReport(
  db: Queryable,
  orgId: string,
  r: {
    id: string;
    targetId: string;
    generatedAt: Date;
    trigger: string;
    score: number;
    report: unknown;
  },
): Promise<void> {
  await db.query(
    `insert into health_reports (org_id, id, target_id, generated_at, trigger, score, report)
     values ($1, $2, $3, $4, $5, $6, $7)`,
    [orgId, r.id, r.targetId, r.generatedAt, r.trigger, r.score, JSON.stringify(r.report)],
  );
}

export async function updateReport(
  db: Queryable,
  orgId: string,
  id: string,
  r: { score: number; report: unknown },
): Promise<void> {
  await db.query(
    "update health_reports set score = $3, report = $4 where org_id = $1 and id = $2",
    [orgId, id, r.score, JSON.stringify(r.report)],
  );
}

export async function findReport(
  db: Queryable,
  orgId: string,
  id: string,
): Promise<StoredReport | undefined> {
  const { rows } = await db.query<StoredReport>(
    "select id, target_id, generated_at, trigger, score, report from health_reports where org_id = $1 and id = $2",
    [orgId, id],
  );
  return rows[0];
}

/** The newest report of each target (all of the organization's when `targetIds` is null), with the score before it. */
export async function latestReports(
  db: Queryable,
  orgId: string,
  targetIds: string[] | null,
): Promise<(StoredReport & { previous_score: number | null })[]> {
  const { rows } = await db.query<StoredReport & { previous_score: number | null }>(
    `select id, target_id, generated_at, trigger, score, report, previous_score from (
       select id, target_id, generated_at, trigger, score, report,
              lead(score) over w as previous_score, row_number() over w as n
         from health_reports
        where org_id = $1 and ($2::uuid[] is null or target_id = any($2::uuid[]))
       window w as (partition by target_id order by generated_at desc)
     ) r where n = 1`,
    [orgId, targetIds],
  );
  return rows;
}

export interface ReportFilter {
  targetId?: string | undefined;
  engine?: string | undefined;
  trigger?: string | undefined;
  maxScore?: number | undefined;
  from?: string | undefined;
  to?: string | undefined;
  limit: number;
}

/** Reports newest first, with their target's name and engine. */
export async function listReports(
  db: Queryable,
  orgId: string,
  f: ReportFilter,
): Promise<(StoredReport & { target_name: string; engine: string })[]> {
  const { rows } = await db.query<StoredReport & { target_name: string; engine: string }>(
    `select r.id, r.target_id, r.generated_at, r.trigger, r.score, r.report, t.name as target_name, t.engine
       from health_reports r join targets t on t.org_id = r.org_id and t.id = r.target_id
      where r.org_id = $1
        and ($2::uuid is null or r.target_id = $2) and ($3::text is null or t.engine = $3)
        and ($4::text is null or r.trigger = $4) and ($5::int is null or r.score <= $5)
        and ($6::timestamptz is null or r.generated_at >= $6) and ($7::timestamptz is null or r.generated_at <= $7)
      order by r.generated_at desc limit $8`,
    [
      orgId,
      f.targetId ?? null,
      f.engine ?? null,
      f.trigger ?? null,
      f.maxScore ?? null,
      f.from ?? null,
      f.to ?? null,
      f.limit,
    ],
  );
  return rows;
}

export async function listScores(
  db: Queryable,
  orgId: string,
  targetId: string,
  since: Date,
): Promise<{ id: string; generated_at: Date; score: number }[]> {
  const { rows } = await db.query<{ id: string; generated_at: Date; score: number }>(
    `select id, generated_at, score from health_reports
      where org_id = $1 and target_id = $2 and generated_at >= $3 order by generated_at`,
    [orgId, targetId, since],
  );
  return rows;
}

/** Targets (of every organization) whose newest report is older than `before`, or that have none. */
export async function targetsDueForReport(
  db: Queryable,
  before: Date,
  limit: number,
  engines: string[],
  createdBefore: Date,
): Promise<{ org_id: string; id: string }[]> {
  const { rows } = await db.query<{ org_id: string; id: string }>(
    `select t.org_id, t.id from targets t
      where t.last_seen_at is not null and t.engine = any($3::text[]) and t.created_at < $4
        and not exists (select 1 from health_reports r
                         where r.org_id = t.org_id and r.target_id = t.id and r.generated_at >= $1)
      order by t.org_id, t.id limit $2`,
    [before, limit, engines, createdBefore],
  );
  return rows;
}

export async function deleteReportsBefore(db: Queryable, before: Date): Promise<number> {
  const { rowCount } = await db.query("delete from health_reports where generated_at < $1", [
    before,
  ]);
  return rowCount ?? 0;
}
