import type { Role } from "@logstag/api-contract";
import type { Queryable } from "./db.ts";

export interface SessionRow {
  id: string;
  org_id: string;
  user_id: string;
  email: string;
  role: Role;
  expires_at: Date;
}

export async function insertSession(
  db: Queryable,
  s: { orgId: string; userId: string; tokenHash: Buffer; expiresAt: Date },
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    "insert into sessions (org_id, user_id, token_hash, expires_at) values ($1, $2, $3, $4) returning id",
    [s.orgId, s.userId, s.tokenHash, s.expiresAt],
  );
  return (rows[0] as { id: string }).id;
}

/** A live session with the member's current role; a removed member's session finds nothing. */
export async function findLiveSession(
  db: Queryable,
  tokenHash: Buffer,
): Promise<SessionRow | undefined> {
  const { rows } = await db.query<SessionRow>(
    `select s.id, s.org_id, s.user_id, u.email, m.role, s.expires_at
       from sessions s
       join users u on u.id = s.user_id
       join memberships m on m.org_id = s.org_id and m.user_id = s.user_id
      where s.token_hash = $1 and s.expires_at > now()`,
    [tokenHash],
  );
  return rows[0];
}

export async function deleteSession(db: Queryable, orgId: string, id: string): Promise<void> {
  await db.query("delete from sessions where org_id = $1 and id = $2", [orgId, id]);
}

/** Ends every session of a person, in every organization (their own account-wide action). */
export async function deleteUserSessions(db: Queryable, userId: string): Promise<number> {
  const { rowCount } = await db.query("delete from sessions where user_id = $1", [userId]);
  return rowCount ?? 0;
}

export async function deleteMemberSessions(db: Queryable, orgId: string, userId: string) {
  await db.query("delete from sessions where org_id = $1 and user_id = $2", [orgId, userId]);
}

/** Expired sessions of a person are of no use to anyone; cleared when they sign in again. */
export async function deleteExpiredSessions(db: Queryable, userId: string): Promise<void> {
  await db.query("delete from sessions where user_id = $1 and expires_at <= now()", [userId]);
}

export async function findSessionExpiry(
  db: Queryable,
  orgId: string,
  id: string,
): Promise<Date | undefined> {
  const { rows } = await db.query<{ expires_at: Date }>(
    "select expires_at from sessions where org_id = $1 and id = $2",
    [orgId, id],
  );
  return rows[0]?.expires_at;
}
