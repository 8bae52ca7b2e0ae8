import type { CreateMuteBody, Mute } from "@logstag/api-contract";
import { withTransaction } from "../../store/db.ts";
import { endMutesOfCheck, insertMute } from "../../store/health-mutes.ts";
import { findTarget } from "../../store/inventory.ts";
import { auditActorOf, recordAudit } from "../audit/record-audit.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { badRequest, notFound } from "../errors.ts";
import { healthChecksOf } from "./health-checks-of.ts";
import { rescoreLatest } from "./rescore-latest.ts";
import { toMute } from "./to-mute.ts";

/** A mute may last at most this long; then the finding counts again unless muted anew. */
const MAX_MUTE_DAYS = 366;

/** Mutes a check's finding on a target until a time; replaces an active mute of the same check. */
export async function createMute({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: CreateMuteBody & { targetId: string };
}): Promise<Mute> {
  authorize(ctx, "reports.manage");
  const target = await findTarget(ctx.db, ctx.orgId, input.targetId);
  if (!target) throw notFound("target");
  if (!healthChecksOf(target.engine).some((c) => c.id === input.checkId)) {
    throw badRequest(`${input.checkId} is not a health check of ${target.engine} targets`);
  }
  const until = Date.parse(input.until);
  if (until <= Date.now()) throw badRequest("`until` must be in the future");
  if (until > Date.now() + MAX_MUTE_DAYS * 86_400_000) {
    throw badRequest(`a mute may last at most ${MAX_MUTE_DAYS} days`);
  }
  return withTransaction(ctx.db, async (tx) => {
    await endMutesOfCheck(tx, ctx.orgId, target.id, input.checkId);
    const row = await insertMute(tx, ctx.orgId, {
      targetId: target.id,
      checkId: input.checkId,
      reason: input.reason,
      until: input.until,
      createdBy: auditActorOf(ctx.actor).label,
    });
    await rescoreLatest(tx, ctx.orgId, target.id);
    const mute = toMute(row);
    await recordAudit(tx, ctx, {
      action: "health_finding.muted",
      resourceType: "health_mute",
      resourceId: row.id,
      after: {
        target: target.name,
        targetId: target.id,
        checkId: mute.checkId,
        reason: mute.reason,
        until: mute.until,
      },
    });
    return mute;
  });
}
