import type { Queryable } from "./db.ts";

export async function updatePasswordHash(db: Queryable, userId: string, hash: string) {
  await db.query("update users set password_hash = $2 where id = $1", [userId, hash]);
}

/** Ends every session of a person except one (the one that changed the password). */
export async function deleteOtherSessions(
  db: Queryable,
  userId: string,
  keepSessionId: string | null,
): Promise<number> {
  const { rowCount } = await db.query(
    "delete from sessions where user_id = $1 and ($2::uuid is null or id <> $2)",
    [userId, keepSessionId],
  );
  return rowCount ?? 0;
}

/** Organizations of the person other than `orgId`. */
export async function countOtherMemberships(
  db: Queryable,
  userId: string,
  orgId: string,
): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    "select count(*)::int as n from memberships where user_id = $1 and org_id <> $2",
    [userId, orgId],
  );
  return rows[0]?.n ?? 0;
}

/** A new reset link replaces any unused one of the same person. */
export async function replacePasswordReset(
  db: Queryable,
  r: {
    orgId: string;
    userId: string;
    tokenHash: Buffer;
    createdBy: string | null;
    expiresAt: Date;
  },
): Promise<void> {
  await db.query("delete from password_resets where user_id = $1 and used_at is null", [r.userId]);
  await db.query(
    `insert into password_resets (org_id, user_id, token_hash, created_by, expires_at)
     values ($1, $2, $3, $4, $5)`,
    [r.orgId, r.userId, r.tokenHash, r.createdBy, r.expiresAt],
  );
}

export interface UsableResetRow {
  id: string;
  org_id: string;
  user_id: string;
  email: string;
}

/** The unused, unexpired reset of a token whose person is still a member there; locked. */
export async function takePasswordReset(
  db: Queryable,
  tokenHash: Buffer,
): Promise<UsableResetRow | undefined> {
  const { rows } = await db.query<UsableResetRow>(
    `select r.id, r.org_id, r.user_id, u.email
       from password_resets r
       join users u on u.id = r.user_id
       join memberships m on m.org_id = r.org_id and m.user_id = r.user_id
      where r.token_hash = $1 and r.used_at is null and r.expires_at > now()
      for update of r`,
    [tokenHash],
  );
  return rows[0];
}

export async function markPasswordResetUsed(db: Queryable, orgId: string, id: string) {
  await db.query("update password_resets set used_at = now() where org_id = $1 and id = $2", [
    orgId,
    id,
  ]);
}
