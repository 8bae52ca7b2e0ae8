import type { Role } from "@logstag/api-contract";
import type { Queryable } from "./db.ts";

export interface SessionRow {
  org_id: string;
  org_name: string;
  user_id: string;
  email: string;
  name: string;
  role: Role;
}

export async function insertSession(
  db: Queryable,
  s: { orgId: string; userId: string; tokenHash: Buffer; expiresAt: Date },
): Promise<void> {
  await db.query(
    "insert into sessions (org_id, user_id, token_hash, expires_at) values ($1, $2, $3, $4)",
    [s.orgId, s.userId, s.tokenHash, s.expiresAt],
  );
}

/** A live session with the member's current role; a removed member's session finds nothing. */
export async function findLiveSession(
  db: Queryable,
  tokenHash: Buffer,
): Promise<SessionRow | undefined> {
  const { rows } = await db.query<SessionRow>(
    `select s.org_id, o.name as org_name, s.user_id, u.email, u.name, m.role
       from sessions s
       join users u on u.id = s.user_id
       join organizations o on o.id = s.org_id
       join memberships m on m.org_id = s.org_id and m.user_id = s.user_id
      where s.token_hash = $1 and s.expires_at > now()`,
    [tokenHash],
  );
  return rows[0];
}

export async function deleteSession(db: Queryable, tokenHash: Buffer): Promise<void> {
  await db.query("delete from sessions where token_hash = $1", [tokenHash]);
}
