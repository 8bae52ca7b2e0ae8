import type { Queryable } from "./db.ts";

export interface AgentKeyListRow {
  id: string;
  name: string;
  prefix: string | null;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

const COLUMNS = "id, name, prefix, created_at, last_used_at, revoked_at";

export async function insertAgentKey(
  db: Queryable,
  orgId: string,
  k: { name: string; prefix: string; keyHash: Buffer },
): Promise<AgentKeyListRow> {
  const { rows } = await db.query<AgentKeyListRow>(
    `insert into agent_keys (org_id, name, prefix, key_hash) values ($1, $2, $3, $4) returning ${COLUMNS}`,
    [orgId, k.name, k.prefix, k.keyHash],
  );
  return rows[0] as AgentKeyListRow;
}

export async function listAgentKeys(db: Queryable, orgId: string): Promise<AgentKeyListRow[]> {
  const { rows } = await db.query<AgentKeyListRow>(
    `select ${COLUMNS} from agent_keys where org_id = $1 order by revoked_at is not null, created_at desc`,
    [orgId],
  );
  return rows;
}

export async function findAgentKey(
  db: Queryable,
  orgId: string,
  id: string,
): Promise<AgentKeyListRow | undefined> {
  const { rows } = await db.query<AgentKeyListRow>(
    `select ${COLUMNS} from agent_keys where org_id = $1 and id = $2 for update`,
    [orgId, id],
  );
  return rows[0];
}

export async function revokeAgentKey(db: Queryable, orgId: string, id: string): Promise<void> {
  await db.query(
    "update agent_keys set revoked_at = now() where org_id = $1 and id = $2 and revoked_at is null",
    [orgId, id],
  );
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
