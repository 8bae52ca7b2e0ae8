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

export async function findOrganizationName(
  db: Queryable,
  orgId: string,
): Promise<string | undefined> {
  const { rows } = await db.query<{ name: string }>(
    "select name from organizations where id = $1",
    [orgId],
  );
  return rows[0]?.name;
}

export async function renameOrganization(db: Queryable, orgId: string, name: string) {
  await db.query("update organizations set name = $2 where id = $1", [orgId, name]);
}

/** The new user's id, or undefined when the e-mail is taken (by a concurrent sign-up). */
export async function insertUserIfNew(
  db: Queryable,
  u: { email: string; name: string; passwordHash: string },
): Promise<string | undefined> {
  const { rows } = await db.query<{ id: string }>(
    "insert into users (email, name, password_hash) values ($1, $2, $3) on conflict do nothing returning id",
    [u.email, u.name, u.passwordHash],
  );
  return rows[0]?.id;
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

export async function findUserById(db: Queryable, id: string): Promise<UserRow | undefined> {
  const { rows } = await db.query<UserRow>(
    "select id, email, name, password_hash from users where id = $1",
    [id],
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

/** Every organization of a user, oldest membership first. */
export async function listMemberships(db: Queryable, userId: string): Promise<MembershipRow[]> {
  const { rows } = await db.query<MembershipRow>(
    `select m.org_id, o.name as org_name, m.role from memberships m join organizations o on o.id = m.org_id
      where m.user_id = $1 order by m.created_at, o.name`,
    [userId],
  );
  return rows;
}

/** The organization a user lands in after sign-in: the oldest membership. */
export async function findDefaultMembership(
  db: Queryable,
  userId: string,
): Promise<MembershipRow | undefined> {
  return (await listMemberships(db, userId))[0];
}

export async function findOldestOrganizationId(db: Queryable): Promise<string | undefined> {
  const { rows } = await db.query<{ id: string }>(
    "select id from organizations order by created_at, id limit 1",
  );
  return rows[0]?.id;
}

export interface MemberRow {
  user_id: string;
  email: string;
  name: string;
  role: Role;
  created_at: Date;
}

const MEMBER_COLUMNS = "m.user_id, u.email, u.name, m.role, m.created_at";

export async function listMembers(db: Queryable, orgId: string): Promise<MemberRow[]> {
  const { rows } = await db.query<MemberRow>(
    `select ${MEMBER_COLUMNS} from memberships m join users u on u.id = m.user_id
      where m.org_id = $1
      order by array_position(array['owner','admin','member','viewer'], m.role), lower(u.email)`,
    [orgId],
  );
  return rows;
}

/** A member of the organization; `forUpdate` locks the membership until the transaction ends. */
export async function findMember(
  db: Queryable,
  orgId: string,
  userId: string,
  forUpdate = false,
): Promise<MemberRow | undefined> {
  const { rows } = await db.query<MemberRow>(
    `select ${MEMBER_COLUMNS} from memberships m join users u on u.id = m.user_id
      where m.org_id = $1 and m.user_id = $2${forUpdate ? " for update of m" : ""}`,
    [orgId, userId],
  );
  return rows[0];
}

export async function updateMemberRole(
  db: Queryable,
  orgId: string,
  userId: string,
  role: Role,
): Promise<void> {
  await db.query("update memberships set role = $3 where org_id = $1 and user_id = $2", [
    orgId,
    userId,
    role,
  ]);
}

export async function deleteMembership(db: Queryable, orgId: string, userId: string) {
  await db.query("delete from memberships where org_id = $1 and user_id = $2", [orgId, userId]);
}

/** The organization's Account Owner, locked until the transaction ends. */
export async function findOwnerForUpdate(
  db: Queryable,
  orgId: string,
): Promise<MemberRow | undefined> {
  const { rows } = await db.query<MemberRow>(
    `select ${MEMBER_COLUMNS} from memberships m join users u on u.id = m.user_id
      where m.org_id = $1 and m.role = 'owner' for update of m`,
    [orgId],
  );
  return rows[0];
}
