import type { Member } from "@logstag/api-contract";
import { findMember, type MemberRow } from "../../store/accounts.ts";
import type { Queryable } from "../../store/db.ts";
import { notFound } from "../errors.ts";

export function toMember(row: MemberRow): Member {
  return {
    userId: row.user_id,
    email: row.email,
    name: row.name,
    role: row.role,
    joinedAt: row.created_at.toISOString(),
  };
}

/** The member, locked for the transaction; someone of another organization is simply not found. */
export async function requireMember(tx: Queryable, orgId: string, userId: string) {
  const row = await findMember(tx, orgId, userId, true);
  if (!row) throw notFound("member");
  return row;
}
