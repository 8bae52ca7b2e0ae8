import { withTransaction } from "../../store/db.ts";
import { deleteUserSessions } from "../../store/sessions.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";

/** Ends every session of the caller, in every organization; API keys are left alone. */
export async function signOutEverywhere({ ctx }: { ctx: Ctx }): Promise<{ ended: number }> {
  authorize(ctx, "account.sessions");
  if (ctx.actor.kind !== "user") return { ended: 0 };
  const { userId } = ctx.actor;
  return withTransaction(ctx.db, async (tx) => {
    const ended = await deleteUserSessions(tx, userId);
    await recordAudit(tx, ctx, {
      action: "user.signed_out_everywhere",
      resourceType: "user",
      resourceId: userId,
      after: { sessionsEnded: ended },
    });
    return { ended };
  });
}
