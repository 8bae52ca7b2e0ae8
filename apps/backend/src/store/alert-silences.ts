import type { Queryable } from "./db.ts";

export interface SilenceMatchers {
  ruleId?: string;
  assetId?: string;
  engine?: string;
  severity?: "critical" | "warning" | "info";
  labels?: Record<string, string>;
}

export interface SilenceRow {
  id: string;
  matchers: SilenceMatchers;
  starts_at: Date;
  ends_at: Date;
  reason: string;
  created_by: string;
  created_at: Date;
}

export async function listSilences(
  db: Queryable,
  orgId: string,
  activeAt?: Date,
): Promise<SilenceRow[]> {
  const { rows } = await db.query<SilenceRow>(
    `select id, matchers, starts_at, ends_at, reason, created_by, created_at from alert_silences
      where org_id = $1 and ($2::timestamptz is null or (starts_at <= $2 and ends_at > $2))
      order by ends_at desc, id limit 500`,
    [orgId, activeAt ?? null],
  );
  return rows;
}

export async function insertSilence(
  db: Queryable,
  orgId: string,
  s: Omit<SilenceRow, "id" | "created_at">,
): Promise<SilenceRow> {
  const { rows } = await db.query<SilenceRow>(
    `insert into alert_silences (org_id, matchers, starts_at, ends_at, reason, created_by)
     values ($1, $2, $3, $4, $5, $6)
     returning id, matchers, starts_at, ends_at, reason, created_by, created_at`,
    [orgId, JSON.stringify(s.matchers), s.starts_at, s.ends_at, s.reason, s.created_by],
  );
  return rows[0] as SilenceRow;
}

export async function findSilence(
  db: Queryable,
  orgId: string,
  id: string,
): Promise<SilenceRow | undefined> {
  const { rows } = await db.query<SilenceRow>(
    `select id, matchers, starts_at, ends_at, reason, created_by, created_at
       from alert_silences where org_id = $1 and id = $2`,
    [orgId, id],
  );
  return rows[0];
}

/** Ends a silence now (a silence that has not started yet ends before it starts). */
export async function expireSilence(db: Queryable, orgId: string, id: string): Promise<void> {
  await db.query(
    `update alert_silences set ends_at = greatest(starts_at + interval '1 millisecond', least(ends_at, now()))
      where org_id = $1 and id = $2`,
    [orgId, id],
  );
}
