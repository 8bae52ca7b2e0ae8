import type { Role } from "@logstag/api-contract";
import type { Queryable } from "./db.ts";

export interface UserRow {
  id: string;
  email: string;
  name: string;
  password_hash: string;
}

export async function countOrganizations(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ n: number }>("select count(*)::int as n from organizations");
  return rows[0]?.n ?? 0;
}

export async function insertOrganization(db: Queryable, name: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    "insert into organizations (name) values ($1) returning id",
    [name],
  );
  return (rows[0] as { id: string }).id;
}

export async function insertUser(
  db: Queryable,
  u: { email: string; name: string; passwordHash: string },
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    "insert into users (email, name, password_hash) values ($1, $2, $3) returning id",
    [u.email, u.name, u.passwordHash],
  );
  return (rows[0] as { id: string }).id;
}

export async function findUserByEmail(db: Queryable, email: string): Promise<UserRow | undefined> {
  const { rows } = await db.query<UserRow>(
    "select id, email, name, password_hash from users where lower(email) = lower($1)",
    [email],
  );
  return rows[0];
}

export async function insertMembership(
  db: Queryable,
  orgId: string,
  userId: string,
  role: Role,
): Promise<void> {
  await db.query("insert into memberships (org_id, user_id, role) values ($1, $2, $3)", [
    orgId,
    userId,
    role,
  ]);
}

export interface MembershipRow {
  org_id: string;
  org_name: string;
  role: Role;
}

/** The organization a user lands in after sign-in: the oldest membership. */
export async function findDefaultMembership(
  db: Queryable,
  userId: string,
): Promise<MembershipRow | undefined> {
  const { rows } = await db.query<MembershipRow>(
    `select m.org_id, o.name as org_name, m.role from memberships m join organizations o on o.id = m.org_id
      where m.user_id = $1 order by m.created_at, o.name limit 1`,
    [userId],
  );
  return rows[0];
}

export async function findOldestOrganizationId(db: Queryable): Promise<string | undefined> {
  const { rows } = await db.query<{ id: string }>(
    "select id from organizations order by created_at, id limit 1",
  );
  return rows[0]?.id;
}
