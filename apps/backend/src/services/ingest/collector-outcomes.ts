import type { Payload } from "@logstag/protocol";
import { type OutcomeReport, upsertCollectorOutcomes } from "../../store/alert-assets.ts";
import type { Queryable } from "../../store/db.ts";

/** Records whether each collector's newest payload of the batch carried an error. */
export async function recordCollectorOutcomes(
  tx: Queryable,
  orgId: string,
  payloads: Payload[],
): Promise<void> {
  const newest = new Map<string, OutcomeReport>();
  for (const p of payloads) {
    const key = `${p.targetId}/${p.collector}`;
    const prev = newest.get(key);
    if (prev && Date.parse(prev.reportedAt) > Date.parse(p.collectedAt)) continue;
    newest.set(key, {
      targetId: p.targetId,
      collector: p.collector,
      reportedAt: p.collectedAt,
      failed: p.error !== undefined && p.error !== null,
      error: p.error ? p.error.message.slice(0, 1000) : null,
    });
  }
  await upsertCollectorOutcomes(tx, orgId, [...newest.values()]);
}
