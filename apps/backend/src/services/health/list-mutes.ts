import type { MuteListResponse } from "@logstag/api-contract";
import { activeMutes } from "../../store/health-mutes.ts";
import { findTarget } from "../../store/inventory.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { notFound } from "../errors.ts";
import { toMute } from "./to-mute.ts";

export async function listMutes({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { targetId: string };
}): Promise<MuteListResponse> {
  authorize(ctx, "reports.read");
  const target = await findTarget(ctx.db, ctx.orgId, input.targetId);
  if (!target) throw notFound("target");
  return { mutes: (await activeMutes(ctx.db, ctx.orgId, target.id, new Date())).map(toMute) };
}
