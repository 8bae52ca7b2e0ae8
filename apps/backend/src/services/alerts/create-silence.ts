import type { Silence } from "@logstag/api-contract";
import { insertSilence, type SilenceMatchers } from "../../store/alert-silences.ts";
import { withTransaction } from "../../store/db.ts";
import { auditActorOf, recordAudit } from "../audit/record-audit.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { badRequest } from "../errors.ts";
import { toSilence } from "./list-silences.ts";

export async function createSilence({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: {
    matchers: SilenceMatchers;
    startsAt?: string | undefined;
    endsAt: string;
    reason: string;
  };
}): Promise<Silence> {
  authorize(ctx, "alerts.operate");
  const startsAt = input.startsAt ? new Date(input.startsAt) : new Date();
  const endsAt = new Date(input.endsAt);
  if (endsAt <= startsAt)
    throw badRequest("endsAt must be after startsAt", [
      { path: "endsAt", message: "before the start" },
    ]);
  return withTransaction(ctx.db, async (tx) => {
    const row = await insertSilence(tx, ctx.orgId, {
      matchers: input.matchers,
      starts_at: startsAt,
      ends_at: endsAt,
      reason: input.reason,
      created_by: auditActorOf(ctx.actor).label,
    });
    const silence = toSilence(row);
    await recordAudit(tx, ctx, {
      action: "silence.created",
      resourceType: "silence",
      resourceId: row.id,
      after: silence,
    });
    return silence;
  });
}
