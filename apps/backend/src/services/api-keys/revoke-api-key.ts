import { findUserApiKey, revokeApiKey as revokeRow } from "../../store/api-keys.ts";
import { withTransaction } from "../../store/db.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { notFound } from "../errors.ts";

/** Revokes one of the caller's keys; the next request with it is refused. Revoking twice is a no-op. */
export async function revokeApiKey({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { keyId: string };
}): Promise<void> {
  authorize(ctx, "api-keys.manage");
  const actor = ctx.actor;
  if (actor.kind !== "user") throw notFound("API key");
  await withTransaction(ctx.db, async (tx) => {
    const row = await findUserApiKey(tx, ctx.orgId, actor.userId, input.keyId);
    if (!row) throw notFound("API key");
    if (row.revoked_at) return;
    await revokeRow(tx, ctx.orgId, row.id);
    await recordAudit(tx, ctx, {
      action: "api_key.revoked",
      resourceType: "api_key",
      resourceId: row.id,
      before: { name: row.name, scope: row.scope, prefix: row.prefix },
    });
  });
}
