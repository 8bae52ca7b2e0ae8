import type { Payload } from "@logstag/protocol";
import type { Queryable } from "../../store/db.ts";
import { insertSnapshots } from "../../store/snapshots.ts";
import { type DiagnosticsReport, upsertDiagnostics } from "../../store/target-diagnostics.ts";
import { toStorableJson } from "./storable-json.ts";

/**
 * Stores the snapshots the payloads carry, and each collector's newest diagnostics. A payload
 * with a `diagnostics` list (even empty) replaces its collector's previous report; one without
 * leaves it as it was.
 */
export async function storeSnapshots(
  db: Queryable,
  orgId: string,
  payloads: Payload[],
): Promise<void> {
  await insertSnapshots(
    db,
    orgId,
    payloads.flatMap((p) =>
      p.data.snapshot
        ? [
            {
              targetId: p.targetId,
              kind: p.data.snapshot.kind,
              collectedAt: p.collectedAt,
              payloadId: p.payloadId,
              truncated: p.data.snapshot.truncated,
              rowsJson: toStorableJson(p.data.snapshot.rows),
            },
          ]
        : [],
    ),
  );
  const newest = new Map<string, DiagnosticsReport>();
  for (const p of payloads) {
    if (!p.data.diagnostics) continue;
    const key = `${p.targetId} ${p.collector}`;
    const seen = newest.get(key);
    if (seen && Date.parse(seen.reportedAt) > Date.parse(p.collectedAt)) continue;
    newest.set(key, {
      targetId: p.targetId,
      collector: p.collector,
      reportedAt: p.collectedAt,
      diagnosticsJson: toStorableJson(p.data.diagnostics),
    });
  }
  await upsertDiagnostics(db, orgId, [...newest.values()]);
}
