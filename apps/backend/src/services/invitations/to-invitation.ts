import type { Invitation } from "@logstag/api-contract";
import type { InvitationRow } from "../../store/invitations.ts";

export function toInvitation(row: InvitationRow, now = new Date()): Invitation {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    createdAt: row.created_at.toISOString(),
    expiresAt: row.expires_at.toISOString(),
    invitedBy: row.invited_by_email,
    status: row.expires_at <= now ? "expired" : "pending",
  };
}

/** The link carries the token in the fragment, so it never reaches a server log or a Referer header. */
export function invitationLink(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/accept-invitation#token=${token}`;
}

export const INVITATION_TOKEN_PREFIX = "lsi_";
