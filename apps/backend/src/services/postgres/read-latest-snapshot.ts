import { parseSnapshotRows, type SnapshotKind, type SnapshotRow } from "@logstag/protocol";
import { findLatestSnapshot } from "../../store/snapshots.ts";
import type { Ctx } from "../context.ts";
import { findPostgresTarget } from "./postgres-target.ts";

export interface LatestSnapshot<K extends SnapshotKind> {
  collectedAt: string | null;
  truncated: boolean;
  rows: SnapshotRow<K>[];
}

/** The newest snapshot of `kind` of a PostgreSQL target; empty until the agent sent one. */
export async function readLatestSnapshot<K extends SnapshotKind>(
  ctx: Ctx,
  targetId: string,
  kind: K,
): Promise<LatestSnapshot<K>> {
  const target = await findPostgresTarget(ctx, targetId);
  const latest = await findLatestSnapshot(ctx.db, ctx.orgId, { targetId: target.id, kind });
  if (!latest) return { collectedAt: null, truncated: false, rows: [] };
  return {
    collectedAt: latest.collected_at.toISOString(),
    truncated: latest.truncated,
    rows: parseSnapshotRows(kind, latest.rows),
  };
}
