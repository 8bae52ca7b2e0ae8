import { withTransaction } from "../../store/db.ts";
import { endMute as endStoredMute } from "../../store/health-mutes.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { notFound } from "../errors.ts";
import { rescoreLatest } from "./rescore-latest.ts";

/** Ends an active mute now; the finding counts again in the latest report. */
export async function endMute({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { muteId: string };
}): Promise<{ ok: true }> {
  authorize(ctx, "reports.manage");
  return withTransaction(ctx.db, async (tx) => {
    const row = await endStoredMute(tx, ctx.orgId, input.muteId);
    if (!row) throw notFound("mute");
    await rescoreLatest(tx, ctx.orgId, row.target_id);
    await recordAudit(tx, ctx, {
      action: "health_finding.unmuted",
      resourceType: "health_mute",
      resourceId: row.id,
      before: {
        targetId: row.target_id,
        checkId: row.check_id,
        reason: row.reason,
        until: row.until.toISOString(),
      },
    });
    return { ok: true as const };
  });
}
