import type { AssignableRole } from "@logstag/api-contract";
import type { Queryable } from "./db.ts";

export interface InvitationRow {
  id: string;
  org_id: string;
  email: string;
  role: AssignableRole;
  created_at: Date;
  expires_at: Date;
  accepted_at: Date | null;
  revoked_at: Date | null;
  invited_by_email: string | null;
}

const COLUMNS = `i.id, i.org_id, i.email, i.role, i.created_at, i.expires_at, i.accepted_at, i.revoked_at,
  (select email from users where id = i.invited_by) as invited_by_email`;

export async function insertInvitation(
  db: Queryable,
  v: {
    orgId: string;
    email: string;
    role: AssignableRole;
    tokenHash: Buffer;
    invitedBy: string | null;
    expiresAt: Date;
  },
): Promise<InvitationRow> {
  const { rows } = await db.query<InvitationRow>(
    `with i as (
       insert into invitations (org_id, email, role, token_hash, invited_by, expires_at)
       values ($1, $2, $3, $4, $5, $6) returning *)
     select ${COLUMNS} from i`,
    [v.orgId, v.email, v.role, v.tokenHash, v.invitedBy, v.expiresAt],
  );
  return rows[0] as InvitationRow;
}

/** Open = neither accepted nor revoked (expired ones included, shown as expired). */
export async function listOpenInvitations(db: Queryable, orgId: string): Promise<InvitationRow[]> {
  const { rows } = await db.query<InvitationRow>(
    `select ${COLUMNS} from invitations i
      where i.org_id = $1 and i.accepted_at is null and i.revoked_at is null
      order by i.created_at desc`,
    [orgId],
  );
  return rows;
}

export async function findOpenInvitationFor(
  db: Queryable,
  orgId: string,
  email: string,
): Promise<InvitationRow | undefined> {
  const { rows } = await db.query<InvitationRow>(
    `select ${COLUMNS} from invitations i
      where i.org_id = $1 and lower(i.email) = lower($2) and i.accepted_at is null and i.revoked_at is null
      for update`,
    [orgId, email],
  );
  return rows[0];
}

export async function findInvitation(
  db: Queryable,
  orgId: string,
  id: string,
): Promise<InvitationRow | undefined> {
  const { rows } = await db.query<InvitationRow>(
    `select ${COLUMNS} from invitations i where i.org_id = $1 and i.id = $2 for update`,
    [orgId, id],
  );
  return rows[0];
}

/** The invitation a link carries, in whatever organization; locked when `forUpdate`. */
export async function findInvitationByToken(
  db: Queryable,
  tokenHash: Buffer,
  forUpdate = false,
): Promise<(InvitationRow & { org_name: string }) | undefined> {
  const { rows } = await db.query<InvitationRow & { org_name: string }>(
    `select ${COLUMNS}, o.name as org_name from invitations i join organizations o on o.id = i.org_id
      where i.token_hash = $1${forUpdate ? " for update of i" : ""}`,
    [tokenHash],
  );
  return rows[0];
}

export async function revokeInvitation(db: Queryable, orgId: string, id: string): Promise<void> {
  await db.query("update invitations set revoked_at = now() where org_id = $1 and id = $2", [
    orgId,
    id,
  ]);
}

export async function markInvitationAccepted(
  db: Queryable,
  orgId: string,
  id: string,
  userId: string,
): Promise<void> {
  await db.query(
    "update invitations set accepted_at = now(), accepted_by = $3 where org_id = $1 and id = $2",
    [orgId, id, userId],
  );
}

/** Revokes every open invitation a member sent in the organization; returns what it revoked. */
export async function revokeInvitationsSentBy(
  db: Queryable,
  orgId: string,
  userId: string,
): Promise<{ id: string; email: string; role: AssignableRole }[]> {
  const { rows } = await db.query<{ id: string; email: string; role: AssignableRole }>(
    `update invitations set revoked_at = now()
      where org_id = $1 and invited_by = $2 and accepted_at is null and revoked_at is null
      returning id, email, role`,
    [orgId, userId],
  );
  return rows;
}
