import { insertMembership, insertOrganization, insertUser } from "../../store/accounts.ts";
import { withTransaction } from "../../store/db.ts";
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
    return { orgId, ownerId };
  });
}
