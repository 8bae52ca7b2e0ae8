import type { Queryable } from "./db.ts";

export interface PolicyRow {
  id: string;
  name: string;
  position: number;
  matchers: {
    severities?: string[];
    engines?: string[];
    assetIds?: string[];
    categories?: string[];
  };
  channel_ids: string[];
  group_by: "rule" | "rule_asset" | "instance";
  group_wait_seconds: number;
  group_interval_seconds: number;
  repeat_interval_seconds: number;
  send_resolved: boolean;
  enabled: boolean;
  created_at: Date;
  updated_at: Date;
}

export type PolicyFields = Omit<PolicyRow, "id" | "created_at" | "updated_at">;

export async function listPolicies(db: Queryable, orgId: string): Promise<PolicyRow[]> {
  const { rows } = await db.query<PolicyRow>(
    "select * from notification_policies where org_id = $1 order by position, name, id",
    [orgId],
  );
  return rows;
}

export async function findPolicy(
  db: Queryable,
  orgId: string,
  id: string,
): Promise<PolicyRow | undefined> {
  const { rows } = await db.query<PolicyRow>(
    "select * from notification_policies where org_id = $1 and id = $2",
    [orgId, id],
  );
  return rows[0];
}

const values = (f: PolicyFields) => [
  f.name,
  f.position,
  JSON.stringify(f.matchers),
  f.channel_ids,
  f.group_by,
  f.group_wait_seconds,
  f.group_interval_seconds,
  f.repeat_interval_seconds,
  f.send_resolved,
  f.enabled,
];

export async function insertPolicy(db: Queryable, orgId: string, f: PolicyFields): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `insert into notification_policies (org_id, name, position, matchers, channel_ids, group_by,
       group_wait_seconds, group_interval_seconds, repeat_interval_seconds, send_resolved, enabled)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) returning id`,
    [orgId, ...values(f)],
  );
  return (rows[0] as { id: string }).id;
}

export async function updatePolicy(
  db: Queryable,
  orgId: string,
  id: string,
  f: PolicyFields,
): Promise<void> {
  await db.query(
    `update notification_policies set name = $3, position = $4, matchers = $5, channel_ids = $6,
            group_by = $7, group_wait_seconds = $8, group_interval_seconds = $9,
            repeat_interval_seconds = $10, send_resolved = $11, enabled = $12, updated_at = now()
      where org_id = $1 and id = $2`,
    [orgId, id, ...values(f)],
  );
}

export async function deletePolicy(db: Queryable, orgId: string, id: string): Promise<void> {
  await db.query("delete from notification_policies where org_id = $1 and id = $2", [orgId, id]);
  await db.query("delete from notification_groups where org_id = $1 and policy_id = $2", [
    orgId,
    id,
  ]);
}

export async function orgsWithPolicies(db: Queryable): Promise<string[]> {
  const { rows } = await db.query<{ org_id: string }>(
    "select distinct org_id from notification_policies where enabled",
  );
  return rows.map((r) => r.org_id);
}
