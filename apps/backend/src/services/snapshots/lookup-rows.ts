import type { SnapshotRowsResponse } from "@logstag/api-contract";
import { parseSnapshotRows, type SnapshotKind, snapshotKindDef } from "@logstag/protocol";
import { findRowsByKey } from "../../store/snapshots.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { badRequest } from "../errors.ts";
import { snapshotTable, visibleRows } from "./snapshot-table.ts";
import { findSnapshotTarget } from "./snapshot-target.ts";

/** The newest stored row of each key of a keyed kind, e.g. the text behind a statement key. */
export async function lookupSnapshotRows({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { targetId: string; kind: SnapshotKind; keys: string[] };
}): Promise<SnapshotRowsResponse> {
  authorize(ctx, "metrics.read");
  const field = snapshotKindDef(input.kind).rowKey;
  if (!field) throw badRequest(`${input.kind} rows have no key to look them up by`);
  const target = await findSnapshotTarget(ctx, input.targetId, input.kind);
  const rows = await findRowsByKey(ctx.db, ctx.orgId, {
    table: snapshotTable(input.kind),
    targetId: target.id,
    kind: input.kind,
    field,
    keys: input.keys,
  });
  return { rows: visibleRows(ctx, input.kind, parseSnapshotRows(input.kind, rows)) };
}
