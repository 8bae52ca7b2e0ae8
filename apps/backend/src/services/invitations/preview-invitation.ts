import type { InvitationPreview } from "@logstag/api-contract";
import { findUserByEmail } from "../../store/accounts.ts";
import type { AnonymousCtx } from "../context.ts";
import { findUsableInvitation } from "./usable-invitation.ts";

/** What a link invites to; the link itself is the credential, so no sign-in is needed. */
export async function previewInvitation({
  ctx,
  input,
}: {
  ctx: AnonymousCtx;
  input: { token: string };
}): Promise<InvitationPreview> {
  const row = await findUsableInvitation(ctx.db, input.token);
  return {
    organizationName: row.org_name,
    email: row.email,
    role: row.role,
    expiresAt: row.expires_at.toISOString(),
    accountExists: (await findUserByEmail(ctx.db, row.email)) !== undefined,
  };
}
