import { type SnapshotKind, snapshotKindDef } from "@logstag/protocol";
import type { SnapshotTable } from "../../store/snapshots.ts";
import { whyRefused } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";

/** Where snapshots of a kind are kept: with raw points, or with change history. */
export function snapshotTable(kind: SnapshotKind): SnapshotTable {
  return snapshotKindDef(kind).retention === "history" ? "snapshots_history" : "snapshots";
}

/**
 * Rows as the caller may see them: a kind that can carry raw statement text has it replaced by
 * its normalized form unless the caller holds `query-text.raw`.
 */
export function visibleRows<R>(ctx: Ctx, kind: SnapshotKind, rows: R[]): R[] {
  const redact = snapshotKindDef(kind).redactRaw;
  if (!redact || whyRefused(ctx.actor, "query-text.raw") === undefined) return rows;
  return rows.map((row) => redact(row) as R);
}
