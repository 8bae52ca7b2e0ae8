import type { Invitation } from "@logstag/api-contract";
import { listOpenInvitations } from "../../store/invitations.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { toInvitation } from "./to-invitation.ts";

export async function listInvitations({
  ctx,
}: {
  ctx: Ctx;
}): Promise<{ invitations: Invitation[] }> {
  authorize(ctx, "members.read");
  const now = new Date();
  const rows = await listOpenInvitations(ctx.db, ctx.orgId);
  return { invitations: rows.map((r) => toInvitation(r, now)) };
}
