import type { Queryable } from "./db.ts";

export interface NewSnapshot {
  targetId: string;
  kind: string;
  collectedAt: string;
  payloadId: string;
  truncated: boolean;
  /** JSON text of the rows. */
  rowsJson: string;
}

export async function insertSnapshots(
  db: Queryable,
  orgId: string,
  snapshots: NewSnapshot[],
): Promise<void> {
  if (snapshots.length === 0) return;
  await db.query(
    `insert into snapshots (org_id, target_id, kind, collected_at, payload_id, row_count, truncated, rows)
     select $1, s.target_id, s.kind, s.collected_at, s.payload_id, jsonb_array_length(s.rows), s.truncated, s.rows
       from unnest($2::uuid[], $3::text[], $4::timestamptz[], $5::uuid[], $6::boolean[], $7::jsonb[])
         as s(target_id, kind, collected_at, payload_id, truncated, rows)`,
    [
      orgId,
      snapshots.map((s) => s.targetId),
      snapshots.map((s) => s.kind),
      snapshots.map((s) => s.collectedAt),
      snapshots.map((s) => s.payloadId),
      snapshots.map((s) => s.truncated),
      snapshots.map((s) => s.rowsJson),
    ],
  );
}

export interface SnapshotRow {
  collected_at: Date;
  truncated: boolean;
  rows: unknown;
}

/** The newest snapshot of `kind` collected at or before `at` and after `notBefore`. */
export async function findSnapshotAt(
  db: Queryable,
  orgId: string,
  q: { targetId: string; kind: string; at: Date; notBefore: Date },
): Promise<SnapshotRow | undefined> {
  const { rows } = await db.query<SnapshotRow>(
    `select collected_at, truncated, rows from snapshots
      where org_id = $1 and target_id = $2 and kind = $3 and collected_at <= $4 and collected_at > $5
      order by collected_at desc limit 1`,
    [orgId, q.targetId, q.kind, q.at, q.notBefore],
  );
  return rows[0];
}

/** The newest snapshot of `kind`, however old (retention bounds it). */
export async function findLatestSnapshot(
  db: Queryable,
  orgId: string,
  q: { targetId: string; kind: string },
): Promise<SnapshotRow | undefined> {
  const { rows } = await db.query<SnapshotRow>(
    `select collected_at, truncated, rows from snapshots
      where org_id = $1 and target_id = $2 and kind = $3
      order by collected_at desc limit 1`,
    [orgId, q.targetId, q.kind],
  );
  return rows[0];
}

/** Times and sizes of the snapshots of `kind` in [from, to]: the newest `limit`, oldest first. */
export async function listSnapshotTimes(
  db: Queryable,
  orgId: string,
  q: { targetId: string; kind: string; from: Date; to: Date; limit: number },
): Promise<{ collected_at: Date; row_count: number }[]> {
  const { rows } = await db.query<{ collected_at: Date; row_count: number }>(
    `select collected_at, row_count from (
       select collected_at, row_count from snapshots
        where org_id = $1 and target_id = $2 and kind = $3 and collected_at >= $4 and collected_at <= $5
        order by collected_at desc limit $6
     ) s order by collected_at`,
    [orgId, q.targetId, q.kind, q.from, q.to, q.limit],
  );
  return rows;
}

/** Snapshots of `kind` in [from, to], newest first, until their rows reach `maxRows`. */
export async function listSnapshotsInRange(
  db: Queryable,
  orgId: string,
  q: { targetId: string; kind: string; from: Date; to: Date; maxRows: number },
): Promise<(SnapshotRow & { row_count: number })[]> {
  const { rows } = await db.query<SnapshotRow & { row_count: number }>(
    `select collected_at, truncated, rows, row_count from (
       select collected_at, truncated, rows, row_count,
              sum(row_count) over (order by collected_at desc) - row_count as rows_before
         from snapshots
        where org_id = $1 and target_id = $2 and kind = $3 and collected_at >= $4 and collected_at <= $5
     ) s where rows_before < $6 order by collected_at desc`,
    [orgId, q.targetId, q.kind, q.from, q.to, q.maxRows],
  );
  return rows;
}
