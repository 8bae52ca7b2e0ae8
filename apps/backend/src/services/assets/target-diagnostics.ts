import type { TargetDiagnostic } from "@logstag/api-contract";
import { diagnosticSchema } from "@logstag/protocol";
import { z } from "zod";
import { listDiagnostics } from "../../store/target-diagnostics.ts";
import type { Ctx } from "../context.ts";

const storedDiagnostics = z.array(diagnosticSchema);

/** What each target's collectors last reported missing, by target id. */
export async function loadTargetDiagnostics(
  ctx: Ctx,
  targetIds?: string[],
): Promise<Map<string, TargetDiagnostic[]>> {
  const byTarget = new Map<string, TargetDiagnostic[]>();
  for (const row of await listDiagnostics(ctx.db, ctx.orgId, targetIds)) {
    const parsed = storedDiagnostics.safeParse(row.diagnostics);
    if (!parsed.success) continue;
    const list = byTarget.get(row.target_id) ?? [];
    for (const d of parsed.data) {
      list.push({ ...d, collector: row.collector, reportedAt: row.reported_at.toISOString() });
    }
    byTarget.set(row.target_id, list);
  }
  return byTarget;
}
