import type { SessionInfo } from "@logstag/api-contract";
import { findOrganizationName, findUserById, listMemberships } from "../../store/accounts.ts";
import type { Queryable } from "../../store/db.ts";
import { authorize, capabilitiesOf } from "../authz/authorize.ts";
import type { Ctx, PersonActor } from "../context.ts";
import { unauthenticated } from "../errors.ts";

/** Who the caller is, where, with which role and what that role may do here. */
export async function describeCaller({ ctx }: { ctx: Ctx }): Promise<SessionInfo> {
  authorize(ctx, "account.read");
  if (ctx.actor.kind !== "user" && ctx.actor.kind !== "apiKey")
    throw unauthenticated("sign in as a person to see an account");
  return buildSessionInfo(ctx.db, ctx.orgId, ctx.actor);
}

export async function buildSessionInfo(
  db: Queryable,
  orgId: string,
  actor: PersonActor,
): Promise<SessionInfo> {
  // One after another: `db` may be a transaction's single connection.
  const user = await findUserById(db, actor.userId);
  const orgName = await findOrganizationName(db, orgId);
  const memberships = await listMemberships(db, actor.userId);
  if (!user || orgName === undefined) throw unauthenticated("this account no longer exists");
  return {
    user: { id: user.id, email: user.email, name: user.name },
    organization: { id: orgId, name: orgName },
    role: actor.role,
    capabilities: capabilitiesOf(actor),
    organizations: memberships.map((m) => ({ id: m.org_id, name: m.org_name, role: m.role })),
  };
}
