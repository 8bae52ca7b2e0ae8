import { withTransaction } from "../../store/db.ts";
import { findChannel, deleteChannel as removeChannel } from "../../store/notification-channels.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { notFound } from "../errors.ts";
import { toChannel } from "./to-channel.ts";

export async function deleteChannel({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { channelId: string };
}): Promise<void> {
  authorize(ctx, "integrations.manage");
  await withTransaction(ctx.db, async (tx) => {
    const row = await findChannel(tx, ctx.orgId, input.channelId);
    if (!row) throw notFound("channel");
    await removeChannel(tx, ctx.orgId, row.id);
    await recordAudit(tx, ctx, {
      action: "channel.deleted",
      resourceType: "channel",
      resourceId: row.id,
      before: toChannel(row),
    });
  });
}
