import { withTransaction } from "../../store/db.ts";
import { deleteSession } from "../../store/sessions.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";

/** Ends the caller's session. */
export async function logout({ ctx }: { ctx: Ctx }): Promise<void> {
  authorize(ctx, "account.sessions");
  if (ctx.actor.kind !== "user") return;
  const { userId, sessionId } = ctx.actor;
  await withTransaction(ctx.db, async (tx) => {
    await deleteSession(tx, ctx.orgId, sessionId);
    await recordAudit(tx, ctx, {
      action: "user.signed_out",
      resourceType: "user",
      resourceId: userId,
    });
  });
}
