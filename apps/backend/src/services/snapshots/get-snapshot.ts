import { SNAPSHOT_AT_LOOKBACK_MS, type SnapshotResponse } from "@logstag/api-contract";
import { parseSnapshotRows, type SnapshotKind } from "@logstag/protocol";
import { findLatestSnapshot, findSnapshotAt } from "../../store/snapshots.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { snapshotTable, visibleRows } from "./snapshot-table.ts";
import { findSnapshotTarget } from "./snapshot-target.ts";
import { typedSnapshot } from "./typed-snapshot.ts";

/** The newest snapshot of a kind, or the one taken at or before `at`; empty until there is one. */
export async function getSnapshot<K extends SnapshotKind>({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { targetId: string; kind: K; at?: string | undefined };
}): Promise<SnapshotResponse<K>> {
  authorize(ctx, "metrics.read");
  const target = await findSnapshotTarget(ctx, input.targetId, input.kind);
  const q = { table: snapshotTable(input.kind), targetId: target.id, kind: input.kind };
  const found = input.at
    ? await findSnapshotAt(ctx.db, ctx.orgId, {
        ...q,
        at: new Date(input.at),
        notBefore: new Date(Date.parse(input.at) - SNAPSHOT_AT_LOOKBACK_MS),
      })
    : await findLatestSnapshot(ctx.db, ctx.orgId, q);
  if (!found) return typedSnapshot({ collectedAt: null, truncated: false, rows: [] });
  return typedSnapshot({
    collectedAt: found.collected_at.toISOString(),
    truncated: found.truncated,
    rows: visibleRows(ctx, input.kind, parseSnapshotRows(input.kind, found.rows)),
  });
}
