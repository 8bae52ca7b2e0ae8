import type { AssignableRole, CreateInvitationResponse } from "@logstag/api-contract";
import { findMember, findOrganizationName, findUserByEmail } from "../../store/accounts.ts";
import { withTransaction } from "../../store/db.ts";
import {
  findOpenInvitationFor,
  insertInvitation,
  revokeInvitation,
} from "../../store/invitations.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { AppError } from "../errors.ts";
import { generateToken, hashToken } from "../tokens.ts";
import type { InvitationMailer } from "./invitation-mailer.ts";
import { INVITATION_TOKEN_PREFIX, invitationLink, toInvitation } from "./to-invitation.ts";

export interface InvitationSettings {
  ttlHours: number;
  /** Where Logstag is reached; the link starts with it. */
  baseUrl: string;
  mailer?: InvitationMailer | undefined;
}

/**
 * Invites an e-mail address with a role. The link is returned (and e-mailed when a mailer is set);
 * only its hash is stored. A pending invitation for the same address is revoked by the new one.
 */
export async function createInvitation({
  ctx,
  input,
  settings,
}: {
  ctx: Ctx;
  input: { email: string; role: AssignableRole };
  settings: InvitationSettings;
}): Promise<CreateInvitationResponse> {
  authorize(ctx, "members.invite");
  const email = input.email.trim();
  const token = generateToken(INVITATION_TOKEN_PREFIX);
  const invitation = await withTransaction(ctx.db, async (tx) => {
    const existing = await findUserByEmail(tx, email);
    if (existing && (await findMember(tx, ctx.orgId, existing.id)))
      throw new AppError("conflict", `${email} is already a member of this organization`);
    const previous = await findOpenInvitationFor(tx, ctx.orgId, email);
    if (previous) {
      await revokeInvitation(tx, ctx.orgId, previous.id);
      await recordAudit(tx, ctx, {
        action: "invitation.revoked",
        resourceType: "invitation",
        resourceId: previous.id,
        before: { email: previous.email, role: previous.role },
        after: { reason: "replaced by a new invitation" },
      });
    }
    const row = await insertInvitation(tx, {
      orgId: ctx.orgId,
      email,
      role: input.role,
      tokenHash: hashToken(token),
      invitedBy: "userId" in ctx.actor ? ctx.actor.userId : null,
      expiresAt: new Date(Date.now() + settings.ttlHours * 3_600_000),
    });
    await recordAudit(tx, ctx, {
      action: "invitation.created",
      resourceType: "invitation",
      resourceId: row.id,
      after: { email: row.email, role: row.role, expiresAt: row.expires_at.toISOString() },
    });
    return row;
  });

  const link = invitationLink(settings.baseUrl, token);
  let emailError: string | null = null;
  if (settings.mailer) {
    try {
      await settings.mailer({
        to: invitation.email,
        organizationName: (await findOrganizationName(ctx.db, ctx.orgId)) ?? "",
        invitedBy: invitation.invited_by_email,
        link,
        expiresAt: invitation.expires_at,
      });
    } catch (err) {
      // The invitation stands; the link is shown, so it can be handed over another way.
      emailError = `the e-mail could not be sent: ${(err as Error).message}`;
    }
  }
  return {
    invitation: toInvitation(invitation),
    link,
    emailed: settings.mailer !== undefined && emailError === null,
    emailError,
  };
}
