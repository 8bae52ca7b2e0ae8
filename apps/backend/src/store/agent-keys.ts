import type { Queryable } from "./db.ts";

export async function insertAgentKey(
  db: Queryable,
  orgId: string,
  name: string,
  keyHash: Buffer,
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    "insert into agent_keys (org_id, name, key_hash) values ($1, $2, $3) returning id",
    [orgId, name, keyHash],
  );
  return (rows[0] as { id: string }).id;
}

export interface AgentKeyRow {
  org_id: string;
  id: string;
  /** Whether last_used_at is older than a minute (worth refreshing). */
  stale_use: boolean;
}

export async function findLiveAgentKey(
  db: Queryable,
  keyHash: Buffer,
): Promise<AgentKeyRow | undefined> {
  const { rows } = await db.query<AgentKeyRow>(
    `select org_id, id, coalesce(last_used_at < now() - interval '1 minute', true) as stale_use
       from agent_keys where key_hash = $1 and revoked_at is null`,
    [keyHash],
  );
  return rows[0];
}

export async function touchAgentKey(db: Queryable, orgId: string, id: string): Promise<void> {
  await db.query("update agent_keys set last_used_at = now() where org_id = $1 and id = $2", [
    orgId,
    id,
  ]);
}
