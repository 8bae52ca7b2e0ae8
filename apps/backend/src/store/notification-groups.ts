import type { Queryable } from "./db.ts";

export interface SentEntry {
  state: string;
  severity: string | null;
  episode: number;
}

export interface GroupRow {
  policy_id: string;
  channel_id: string;
  group_key: string;
  first_change_at: Date | null;
  last_sent_at: Date | null;
  sent: Record<string, SentEntry>;
}

export async function listGroups(db: Queryable, orgId: string): Promise<GroupRow[]> {
  const { rows } = await db.query<GroupRow>(
    `select policy_id, channel_id, group_key, first_change_at, last_sent_at, sent
       from notification_groups where org_id = $1`,
    [orgId],
  );
  return rows;
}

export async function saveGroups(db: Queryable, orgId: string, groups: GroupRow[]): Promise<void> {
  if (groups.length === 0) return;
  await db.query(
    `insert into notification_groups (org_id, policy_id, channel_id, group_key, first_change_at, last_sent_at, sent)
     select $1, * from unnest($2::uuid[], $3::uuid[], $4::text[], $5::timestamptz[], $6::timestamptz[], $7::jsonb[])
     on conflict (org_id, policy_id, channel_id, group_key) do update
       set first_change_at = excluded.first_change_at, last_sent_at = excluded.last_sent_at,
           sent = excluded.sent`,
    [
      orgId,
      groups.map((g) => g.policy_id),
      groups.map((g) => g.channel_id),
      groups.map((g) => g.group_key),
      groups.map((g) => g.first_change_at),
      groups.map((g) => g.last_sent_at),
      groups.map((g) => JSON.stringify(g.sent)),
    ],
  );
}

/** Active instances plus every instance a group still remembers sending. */
export async function listNotifiableInstanceIds(db: Queryable, orgId: string): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `select id from alert_instances where org_id = $1 and state in ('firing', 'no_data')
     union
     select k::uuid from notification_groups g, jsonb_object_keys(g.sent) k where g.org_id = $1`,
    [orgId],
  );
  return rows.map((r) => r.id);
}
