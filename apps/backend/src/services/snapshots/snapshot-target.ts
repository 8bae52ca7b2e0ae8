import { type SnapshotKind, snapshotKindsOf } from "@logstag/protocol";
import { findTarget, type TargetRow } from "../../store/inventory.ts";
import type { Ctx } from "../context.ts";
import { badRequest, notFound } from "../errors.ts";

/** The organization's target `targetId`, which must be of an engine that sends `kind`. */
export async function findSnapshotTarget(
  ctx: Ctx,
  targetId: string,
  kind: SnapshotKind,
): Promise<TargetRow> {
  const target = await findTarget(ctx.db, ctx.orgId, targetId);
  if (!target) throw notFound("target");
  if (!snapshotKindsOf(target.engine).includes(kind)) {
    throw badRequest(
      `target ${target.name} is a ${target.engine} target: it has no ${kind} snapshots`,
    );
  }
  return target;
}
