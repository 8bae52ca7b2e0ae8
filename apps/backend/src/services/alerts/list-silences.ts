import type { Silence } from "@logstag/api-contract";
import { listSilences as listSilenceRows, type SilenceRow } from "../../store/alert-silences.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";

export function toSilence(row: SilenceRow, now = new Date()): Silence {
  return {
    id: row.id,
    matchers: row.matchers,
    startsAt: row.starts_at.toISOString(),
    endsAt: row.ends_at.toISOString(),
    reason: row.reason,
    createdBy: row.created_by,
    createdAt: row.created_at.toISOString(),
    active: row.starts_at <= now && row.ends_at > now,
  };
}

export async function listSilences({ ctx }: { ctx: Ctx }): Promise<{ silences: Silence[] }> {
  authorize(ctx, "alerts.read");
  return { silences: (await listSilenceRows(ctx.db, ctx.orgId)).map((r) => toSilence(r)) };
}
