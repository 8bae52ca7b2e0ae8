import { expireSilence as endSilence, findSilence } from "../../store/alert-silences.ts";
import { withTransaction } from "../../store/db.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { notFound } from "../errors.ts";
import { toSilence } from "./list-silences.ts";

export async function expireSilence({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { silenceId: string };
}): Promise<void> {
  authorize(ctx, "alerts.operate");
  await withTransaction(ctx.db, async (tx) => {
    const row = await findSilence(tx, ctx.orgId, input.silenceId);
    if (!row) throw notFound("silence");
    await endSilence(tx, ctx.orgId, row.id);
    await recordAudit(tx, ctx, {
      action: "silence.expired",
      resourceType: "silence",
      resourceId: row.id,
      before: toSilence(row),
    });
  });
}
