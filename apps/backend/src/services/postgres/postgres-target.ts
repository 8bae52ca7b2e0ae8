import { findTarget, type TargetRow } from "../../store/inventory.ts";
import type { Ctx } from "../context.ts";
import { badRequest, notFound } from "../errors.ts";

/** The organization's target `targetId`, which must be a PostgreSQL one. */
export async function findPostgresTarget(ctx: Ctx, targetId: string): Promise<TargetRow> {
  const target = await findTarget(ctx.db, ctx.orgId, targetId);
  if (!target) throw notFound("target");
  if (target.engine !== "postgres") {
    throw badRequest(`target ${target.name} is a ${target.engine} target, not PostgreSQL`);
  }
  return target;
}
