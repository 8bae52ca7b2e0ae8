import type { Queryable } from "./db.ts";

export interface ChannelRow {
  id: string;
  name: string;
  kind: string;
  settings: Record<string, unknown>;
  secret_box: Buffer | null;
  /** Names of the secrets set (kept beside the box, never their values). */
  secret_names: string[];
  created_at: Date;
  updated_at: Date;
}

const SELECT = `select id, name, kind, settings - '__secrets' as settings, secret_box,
                       coalesce(array(select jsonb_array_elements_text(settings -> '__secrets')), '{}') as secret_names,
                       created_at, updated_at
                  from notification_channels`;

export async function listChannels(db: Queryable, orgId: string): Promise<ChannelRow[]> {
  const { rows } = await db.query<ChannelRow>(`${SELECT} where org_id = $1 order by name, id`, [
    orgId,
  ]);
  return rows;
}

export async function findChannel(
  db: Queryable,
  orgId: string,
  id: string,
): Promise<ChannelRow | undefined> {
  const { rows } = await db.query<ChannelRow>(`${SELECT} where org_id = $1 and id = $2`, [
    orgId,
    id,
  ]);
  return rows[0];
}

export interface ChannelFields {
  name: string;
  kind: string;
  settings: Record<string, unknown>;
  secretNames: string[];
  secretBox: Buffer | null;
}

const stored = (f: ChannelFields) => JSON.stringify({ ...f.settings, __secrets: f.secretNames });

export async function insertChannel(
  db: Queryable,
  orgId: string,
  f: ChannelFields,
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `insert into notification_channels (org_id, name, kind, settings, secret_box)
     values ($1, $2, $3, $4, $5) returning id`,
    [orgId, f.name, f.kind, stored(f), f.secretBox],
  );
  return (rows[0] as { id: string }).id;
}

export async function updateChannel(
  db: Queryable,
  orgId: string,
  id: string,
  f: ChannelFields,
): Promise<void> {
  await db.query(
    `update notification_channels set name = $3, settings = $4, secret_box = $5, updated_at = now()
      where org_id = $1 and id = $2`,
    [orgId, id, f.name, stored(f), f.secretBox],
  );
}

export async function deleteChannel(db: Queryable, orgId: string, id: string): Promise<void> {
  await db.query("delete from notification_channels where org_id = $1 and id = $2", [orgId, id]);
  await db.query(
    "update notification_policies set channel_ids = array_remove(channel_ids, $2::uuid) where org_id = $1",
    [orgId, id],
  );
}
