import {
  MAX_RANGE_ROWS,
  type SnapshotRangeResponse,
  type SnapshotResponse,
} from "@logstag/api-contract";
import { parseSnapshotRows, type SnapshotKind } from "@logstag/protocol";
import { listSnapshotsInRange } from "../../store/snapshots.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { snapshotRange } from "./snapshot-range.ts";
import { snapshotTable, visibleRows } from "./snapshot-table.ts";
import { findSnapshotTarget } from "./snapshot-target.ts";
import { typedSnapshot } from "./typed-snapshot.ts";

/** Every snapshot of a kind within a range, newest first, until MAX_RANGE_ROWS rows. */
export async function listSnapshots<K extends SnapshotKind>({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { targetId: string; kind: K; from: string; to: string };
}): Promise<SnapshotRangeResponse<K>> {
  authorize(ctx, "metrics.read");
  const range = snapshotRange(input);
  const target = await findSnapshotTarget(ctx, input.targetId, input.kind);
  const found = await listSnapshotsInRange(ctx.db, ctx.orgId, {
    table: snapshotTable(input.kind),
    targetId: target.id,
    kind: input.kind,
    ...range,
    maxRows: MAX_RANGE_ROWS + 1,
  });
  let total = 0;
  const snapshots: SnapshotResponse<K>[] = [];
  for (const s of found) {
    if (total + s.row_count > MAX_RANGE_ROWS) break;
    total += s.row_count;
    snapshots.push(
      typedSnapshot({
        collectedAt: s.collected_at.toISOString(),
        truncated: s.truncated,
        rows: visibleRows(ctx, input.kind, parseSnapshotRows(input.kind, s.rows)),
      }),
    );
  }
  return { snapshots, truncated: snapshots.length < found.length };
}
