import { insertMembership, insertOrganization, insertUser } from "../../store/accounts.ts";
import { withTransaction } from "../../store/db.ts";
import { recordAuditAs } from "../audit/record-audit.ts";
import { hashPassword } from "../auth/passwords.ts";
import type { AnonymousCtx } from "../context.ts";

/** A new organization with its Account Owner. */
export async function createOrganization({
  ctx,
  input,
}: {
  ctx: AnonymousCtx;
  input: { name: string; ownerEmail: string; ownerPassword: string; ownerName?: string };
}): Promise<{ orgId: string; ownerId: string }> {
  const passwordHash = await hashPassword(input.ownerPassword);
  return withTransaction(ctx.db, async (tx) => {
    const orgId = await insertOrganization(tx, input.name);
    const ownerId = await insertUser(tx, {
      email: input.ownerEmail,
      name: input.ownerName ?? "",
      passwordHash,
    });
    await insertMembership(tx, orgId, ownerId, "owner");
    await recordAuditAs(
      tx,
      { orgId, actor: { kind: "system", id: null, userId: null, label: "Logstag" } },
      {
        action: "organization.created",
        resourceType: "organization",
        resourceId: orgId,
        after: { name: input.name, ownerId, ownerEmail: input.ownerEmail },
      },
    );
    return { orgId, ownerId };
  });
}
