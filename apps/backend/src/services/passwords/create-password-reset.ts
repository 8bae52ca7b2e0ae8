import {
  type CreatePasswordResetResponse,
  PASSWORD_RESET_TOKEN_PREFIX,
  type Role,
} from "@logstag/api-contract";
import { findOrganizationName } from "../../store/accounts.ts";
import { withTransaction } from "../../store/db.ts";
import { countOtherMemberships, replacePasswordReset } from "../../store/passwords.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { AppError, forbidden } from "../errors.ts";
import { requireMember } from "../members/to-member.ts";
import { generateToken, hashToken } from "../tokens.ts";
import type { PasswordResetMailer } from "./reset-mailer.ts";

export interface PasswordResetSettings {
  ttlHours: number;
  baseUrl: string;
  mailer?: PasswordResetMailer | undefined;
}

// Whose password each role may reset: an Admin never an Owner's or another Admin's.
const RESETTABLE: Record<Role, readonly Role[]> = {
  owner: ["admin", "member", "viewer"],
  admin: ["member", "viewer"],
  member: [],
  viewer: [],
};

/**
 * An Owner or Admin makes a one-time link for a member to set a new password. A password is the
 * person's, not the organization's: an account that also belongs to another organization is
 * refused, so no administrator can take over access they do not grant.
 */
export async function createPasswordReset({
  ctx,
  input,
  settings,
}: {
  ctx: Ctx;
  input: { userId: string };
  settings: PasswordResetSettings;
}): Promise<CreatePasswordResetResponse> {
  authorize(ctx, "members.invite");
  if (ctx.actor.kind !== "user") throw forbidden("sign in to make a reset link");
  const { actor } = ctx;
  if (actor.userId === input.userId)
    throw new AppError("conflict", "change your own password in your account settings instead");
  const token = generateToken(PASSWORD_RESET_TOKEN_PREFIX);
  const expiresAt = new Date(Date.now() + settings.ttlHours * 3_600_000);
  const member = await withTransaction(ctx.db, async (tx) => {
    const row = await requireMember(tx, ctx.orgId, input.userId);
    if (!RESETTABLE[actor.role].includes(row.role))
      throw forbidden(`your role cannot reset the password of an ${row.role}`);
    if ((await countOtherMemberships(tx, row.user_id, ctx.orgId)) > 0)
      throw new AppError(
        "conflict",
        `${row.email} also belongs to other organizations; only they can change their password`,
      );
    await replacePasswordReset(tx, {
      orgId: ctx.orgId,
      userId: row.user_id,
      tokenHash: hashToken(token),
      createdBy: actor.userId,
      expiresAt,
    });
    await recordAudit(tx, ctx, {
      action: "user.password_reset_link_created",
      resourceType: "member",
      resourceId: row.user_id,
      after: { email: row.email, expiresAt: expiresAt.toISOString() },
    });
    return row;
  });

  const link = `${settings.baseUrl.replace(/\/+$/, "")}/reset-password#token=${token}`;
  let emailError: string | null = null;
  if (settings.mailer) {
    try {
      const organizationName = (await findOrganizationName(ctx.db, ctx.orgId)) ?? "";
      await settings.mailer({ to: member.email, organizationName, link, expiresAt });
    } catch (err) {
      emailError = `the e-mail could not be sent: ${(err as Error).message}`;
    }
  }
  const emailed = settings.mailer !== undefined && emailError === null;
  return { link: emailed ? null : link, emailed, emailError, expiresAt: expiresAt.toISOString() };
}
