import { findOrganizationName, renameOrganization } from "../../store/accounts.ts";
import { withTransaction } from "../../store/db.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { notFound } from "../errors.ts";

export async function updateOrganization({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { name: string };
}): Promise<{ id: string; name: string }> {
  authorize(ctx, "organization.manage");
  return withTransaction(ctx.db, async (tx) => {
    const before = await findOrganizationName(tx, ctx.orgId);
    if (before === undefined) throw notFound("organization");
    if (before !== input.name) {
      await renameOrganization(tx, ctx.orgId, input.name);
      await recordAudit(tx, ctx, {
        action: "organization.settings_changed",
        resourceType: "organization",
        resourceId: ctx.orgId,
        before: { name: before },
        after: { name: input.name },
      });
    }
    return { id: ctx.orgId, name: input.name };
  });
}
