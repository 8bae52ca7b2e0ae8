import { MAX_SNAPSHOT_TIMES, type SnapshotTimesResponse } from "@logstag/api-contract";
import type { SnapshotKind } from "@logstag/protocol";
import { listSnapshotTimes as readTimes } from "../../store/snapshots.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { snapshotRange } from "./snapshot-range.ts";
import { snapshotTable } from "./snapshot-table.ts";
import { findSnapshotTarget } from "./snapshot-target.ts";

/** When the snapshots of a kind were taken within a range, to pick one from a chart. */
export async function listSnapshotTimes({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { targetId: string; kind: SnapshotKind; from: string; to: string };
}): Promise<SnapshotTimesResponse> {
  authorize(ctx, "metrics.read");
  const range = snapshotRange(input);
  const target = await findSnapshotTarget(ctx, input.targetId, input.kind);
  const rows = await readTimes(ctx.db, ctx.orgId, {
    table: snapshotTable(input.kind),
    targetId: target.id,
    kind: input.kind,
    ...range,
    limit: MAX_SNAPSHOT_TIMES + 1,
  });
  const truncated = rows.length > MAX_SNAPSHOT_TIMES;
  return {
    times: (truncated ? rows.slice(1) : rows).map((r) => ({
      collectedAt: r.collected_at.toISOString(),
      rows: r.row_count,
    })),
    truncated,
  };
}
