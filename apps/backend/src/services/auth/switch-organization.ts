import type { SessionInfo } from "@logstag/api-contract";
import { findMember } from "../../store/accounts.ts";
import { withTransaction } from "../../store/db.ts";
import { deleteSession, findSessionExpiry } from "../../store/sessions.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { notFound, unauthenticated } from "../errors.ts";
import { buildSessionInfo } from "./describe-caller.ts";
import { type NewSession, startSession } from "./start-session.ts";

/**
 * Moves the session to another organization of the same user. The token changes with it, so a
 * cookie copied before the switch never carries the new organization's rights.
 */
export async function switchOrganization({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { organizationId: string };
}): Promise<{ session: NewSession; info: SessionInfo }> {
  authorize(ctx, "account.sessions");
  const actor = ctx.actor;
  if (actor.kind !== "user") throw notFound("organization");
  const target = await findMember(ctx.db, input.organizationId, actor.userId);
  if (!target) throw notFound("organization");
  // The new session ends when the old one would have.
  const until = await findSessionExpiry(ctx.db, ctx.orgId, actor.sessionId);
  if (!until) throw unauthenticated("your session has ended; sign in again");

  return withTransaction(ctx.db, async (tx) => {
    await deleteSession(tx, ctx.orgId, actor.sessionId);
    const session = await startSession(tx, {
      orgId: input.organizationId,
      userId: actor.userId,
      expiresAt: until,
    });
    const moved = {
      ...ctx,
      orgId: input.organizationId,
      actor: { ...actor, role: target.role, sessionId: session.id },
    };
    await recordAudit(tx, moved, {
      action: "user.switched_organization",
      resourceType: "user",
      resourceId: actor.userId,
      before: { organizationId: ctx.orgId },
      after: { organizationId: input.organizationId },
    });
    return { session, info: await buildSessionInfo(tx, input.organizationId, moved.actor) };
  });
}
