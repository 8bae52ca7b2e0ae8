import type { ApiKeyScope, Role } from "@logstag/api-contract";
import type { Queryable } from "./db.ts";

export interface ApiKeyRow {
  id: string;
  name: string;
  prefix: string;
  scope: ApiKeyScope;
  created_at: Date;
  expires_at: Date | null;
  revoked_at: Date | null;
  last_used_at: Date | null;
}

const COLUMNS = "id, name, prefix, scope, created_at, expires_at, revoked_at, last_used_at";

export async function insertApiKey(
  db: Queryable,
  k: {
    orgId: string;
    userId: string;
    name: string;
    prefix: string;
    scope: ApiKeyScope;
    keyHash: Buffer;
    expiresAt: Date | null;
  },
): Promise<ApiKeyRow> {
  const { rows } = await db.query<ApiKeyRow>(
    `insert into api_keys (org_id, user_id, name, prefix, scope, key_hash, expires_at)
     values ($1, $2, $3, $4, $5, $6, $7) returning ${COLUMNS}`,
    [k.orgId, k.userId, k.name, k.prefix, k.scope, k.keyHash, k.expiresAt],
  );
  return rows[0] as ApiKeyRow;
}

export async function listUserApiKeys(
  db: Queryable,
  orgId: string,
  userId: string,
): Promise<ApiKeyRow[]> {
  const { rows } = await db.query<ApiKeyRow>(
    `select ${COLUMNS} from api_keys where org_id = $1 and user_id = $2
      order by revoked_at is not null, created_at desc`,
    [orgId, userId],
  );
  return rows;
}

export async function findUserApiKey(
  db: Queryable,
  orgId: string,
  userId: string,
  id: string,
): Promise<ApiKeyRow | undefined> {
  const { rows } = await db.query<ApiKeyRow>(
    `select ${COLUMNS} from api_keys where org_id = $1 and user_id = $2 and id = $3 for update`,
    [orgId, userId, id],
  );
  return rows[0];
}

export async function revokeApiKey(db: Queryable, orgId: string, id: string): Promise<void> {
  await db.query(
    "update api_keys set revoked_at = now() where org_id = $1 and id = $2 and revoked_at is null",
    [orgId, id],
  );
}

/** A removed member's keys stop working with the membership; revoking them keeps that visible. */
export async function revokeMemberApiKeys(db: Queryable, orgId: string, userId: string) {
  await db.query(
    "update api_keys set revoked_at = now() where org_id = $1 and user_id = $2 and revoked_at is null",
    [orgId, userId],
  );
}

export interface ApiKeyAuthRow {
  id: string;
  org_id: string;
  name: string;
  scope: ApiKeyScope;
  user_id: string;
  email: string;
  /** Null when the owner is no longer a member. */
  role: Role | null;
  expired: boolean;
  revoked: boolean;
  stale_use: boolean;
}

/** The key with the owner's current role, whatever its state, so the caller learns why it fails. */
export async function findApiKeyForAuth(
  db: Queryable,
  keyHash: Buffer,
): Promise<ApiKeyAuthRow | undefined> {
  const { rows } = await db.query<ApiKeyAuthRow>(
    `select k.id, k.org_id, k.name, k.scope, k.user_id, u.email, m.role,
            coalesce(k.expires_at <= now(), false) as expired,
            k.revoked_at is not null as revoked,
            coalesce(k.last_used_at < now() - interval '1 minute', true) as stale_use
       from api_keys k
       join users u on u.id = k.user_id
       left join memberships m on m.org_id = k.org_id and m.user_id = k.user_id
      where k.key_hash = $1`,
    [keyHash],
  );
  return rows[0];
}

export async function touchApiKey(db: Queryable, orgId: string, id: string): Promise<void> {
  await db.query("update api_keys set last_used_at = now() where org_id = $1 and id = $2", [
    orgId,
    id,
  ]);
}
