import { findAgentKey, revokeAgentKey as revokeRow } from "../../store/agent-keys.ts";
import { withTransaction } from "../../store/db.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { notFound } from "../errors.ts";

/** Revokes an agent key; agents using it are refused from their next request. */
export async function revokeAgentKey({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { keyId: string };
}): Promise<void> {
  authorize(ctx, "agent-keys.manage");
  await withTransaction(ctx.db, async (tx) => {
    const row = await findAgentKey(tx, ctx.orgId, input.keyId);
    if (!row) throw notFound("agent key");
    if (row.revoked_at) return;
    await revokeRow(tx, ctx.orgId, row.id);
    await recordAudit(tx, ctx, {
      action: "agent_key.revoked",
      resourceType: "agent_key",
      resourceId: row.id,
      before: { name: row.name, prefix: row.prefix },
    });
  });
}
