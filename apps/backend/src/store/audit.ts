import type { AuditActorKind } from "@logstag/api-contract";
import type { Queryable } from "./db.ts";

export interface AuditInsert {
  orgId: string;
  actorKind: AuditActorKind;
  actorId: string | null;
  actorUserId: string | null;
  actorLabel: string;
  action: string;
  resourceType: string;
  resourceId: string | null;
  before: unknown;
  after: unknown;
  sourceAddress: string | null;
  userAgent: string | null;
}

export async function insertAuditRecord(db: Queryable, r: AuditInsert): Promise<void> {
  await db.query(
    `insert into audit_log (org_id, actor_kind, actor_id, actor_user_id, actor_label, action,
       resource_type, resource_id, before, after, source_address, user_agent)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [
      r.orgId,
      r.actorKind,
      r.actorId,
      r.actorUserId,
      r.actorLabel,
      r.action,
      r.resourceType,
      r.resourceId,
      r.before == null ? null : JSON.stringify(r.before),
      r.after == null ? null : JSON.stringify(r.after),
      r.sourceAddress,
      r.userAgent,
    ],
  );
}

export interface AuditRow {
  id: string;
  at: Date;
  actor_kind: AuditActorKind;
  actor_id: string | null;
  actor_user_id: string | null;
  actor_label: string;
  action: string;
  resource_type: string;
  resource_id: string | null;
  before: unknown;
  after: unknown;
  source_address: string | null;
  user_agent: string | null;
}

export interface AuditQuery {
  actor?: string | undefined;
  action?: string | undefined;
  resourceType?: string | undefined;
  resourceId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  /** Only records older than this id (keyset paging, newest first). */
  beforeId?: string | undefined;
}

/** The organization's records matching every given filter, newest first. */
export async function listAuditRecords(
  db: Queryable,
  orgId: string,
  q: AuditQuery,
  limit: number,
): Promise<AuditRow[]> {
  const { rows } = await db.query<AuditRow>(
    `select id::text, at, actor_kind, actor_id, actor_user_id, actor_label, action, resource_type,
            resource_id, before, after, source_address, user_agent
       from audit_log
      where org_id = $1
        and ($2::uuid is null or actor_id = $2 or actor_user_id = $2)
        and ($3::text is null or action = $3)
        and ($4::text is null or resource_type = $4)
        and ($5::text is null or resource_id = $5)
        and ($6::timestamptz is null or at >= $6)
        and ($7::timestamptz is null or at < $7)
        and ($8::bigint is null or id < $8)
      order by id desc
      limit $9`,
    [
      orgId,
      q.actor ?? null,
      q.action ?? null,
      q.resourceType ?? null,
      q.resourceId ?? null,
      q.from ?? null,
      q.to ?? null,
      q.beforeId ?? null,
      limit,
    ],
  );
  return rows;
}

/** Whether the organization's log already has `action` on the resource within the last `seconds`. */
export async function hasRecentAuditRecord(
  db: Queryable,
  r: { orgId: string; action: string; resourceId: string; seconds: number },
): Promise<boolean> {
  const { rows } = await db.query<{ found: boolean }>(
    `select exists(select 1 from audit_log
       where org_id = $1 and at > now() - make_interval(secs => $4)
         and action = $2 and resource_id = $3) as found`,
    [r.orgId, r.action, r.resourceId, r.seconds],
  );
  return rows[0]?.found ?? false;
}
