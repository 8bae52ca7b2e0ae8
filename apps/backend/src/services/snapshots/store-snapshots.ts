import { type Payload, parseSnapshotRows, snapshotKindDef } from "@logstag/protocol";
import { insertChanges, type NewChange } from "../../store/changes.ts";
import type { Queryable } from "../../store/db.ts";
import { findSnapshotBefore, insertSnapshots } from "../../store/snapshots.ts";
import { type DiagnosticsReport, upsertDiagnostics } from "../../store/target-diagnostics.ts";
import { diffSnapshots } from "../changes/diff-snapshots.ts";
import { snapshotTable } from "./snapshot-table.ts";
import { toStorableJson } from "./storable-json.ts";

/**
 * Stores the snapshots the payloads carry, records what changed against the previous snapshot of
 * kinds with change tracking, and keeps each collector's newest diagnostics. A payload with a
 * `diagnostics` list (even empty) replaces its collector's previous report; one without leaves it
 * as it was.
 */
export async function storeSnapshots(
  db: Queryable,
  orgId: string,
  payloads: Payload[],
): Promise<void> {
  const withSnapshot = payloads
    .filter((p) => p.data.snapshot)
    .sort((a, b) => Date.parse(a.collectedAt) - Date.parse(b.collectedAt));
  // Changes are read against what is stored before this batch, and between the batch's own snapshots.
  const changes: NewChange[] = [];
  for (const p of withSnapshot) changes.push(...(await changesOf(db, orgId, p, withSnapshot)));
  await insertSnapshots(
    db,
    orgId,
    withSnapshot.flatMap((p) =>
      p.data.snapshot
        ? [
            {
              table: snapshotTable(p.data.snapshot.kind),
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
  await insertChanges(db, orgId, changes);
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

/** The first snapshot of a kind is the baseline: it changes nothing. A truncated one is not compared. */
async function changesOf(
  db: Queryable,
  orgId: string,
  p: Payload,
  batch: readonly Payload[],
): Promise<NewChange[]> {
  const snapshot = p.data.snapshot;
  if (!snapshot || snapshot.truncated) return [];
  const tracking = snapshotKindDef(snapshot.kind).changes;
  if (!tracking) return [];
  const earlier = batch
    .filter(
      (o) =>
        o !== p &&
        o.targetId === p.targetId &&
        o.data.snapshot?.kind === snapshot.kind &&
        Date.parse(o.collectedAt) < Date.parse(p.collectedAt),
    )
    .at(-1);
  let before: unknown[] | undefined = earlier?.data.snapshot?.rows;
  if (earlier?.data.snapshot?.truncated) return [];
  if (!before) {
    const stored = await findSnapshotBefore(db, orgId, {
      table: snapshotTable(snapshot.kind),
      targetId: p.targetId,
      kind: snapshot.kind,
      before: new Date(p.collectedAt),
    });
    if (!stored || stored.truncated) return [];
    before = parseSnapshotRows(snapshot.kind, stored.rows);
  }
  return diffSnapshots(tracking, before, snapshot.rows).map((c) => ({
    targetId: p.targetId,
    at: p.collectedAt,
    kind: snapshot.kind,
    objectType: c.objectType,
    objectName: c.objectName,
    change: c.change,
    diffJson: toStorableJson(c.diff),
  }));
}
