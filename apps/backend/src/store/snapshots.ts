import type { Queryable } from "./db.ts";

/** `snapshots` keeps raw retention; `snapshots_history` keeps change-history retention. */
export type SnapshotTable = "snapshots" | "snapshots_history";

export interface NewSnapshot {
  table: SnapshotTable;
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
  for (const table of ["snapshots", "snapshots_history"] as const) {
    await insertInto(
      db,
      orgId,
      table,
      snapshots.filter((s) => s.table === table),
    );
  }
}

async function insertInto(
  db: Queryable,
  orgId: string,
  table: SnapshotTable,
  snapshots: NewSnapshot[],
): Promise<void> {
  if (snapshots.length === 0) return;
  await db.query(
    `insert into ${table} (org_id, target_id, kind, collected_at, payload_id, row_count, truncated, rows)
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
  q: { table?: SnapshotTable; targetId: string; kind: string; at: Date; notBefore: Date },
): Promise<SnapshotRow | undefined> {
  const { rows } = await db.query<SnapshotRow>(
    `select collected_at, truncated, rows from ${q.table ?? "snapshots"}
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
  q: { table?: SnapshotTable; targetId: string; kind: string },
): Promise<SnapshotRow | undefined> {
  const { rows } = await db.query<SnapshotRow>(
    `select collected_at, truncated, rows from ${q.table ?? "snapshots"}
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
  q: { table?: SnapshotTable; targetId: string; kind: string; from: Date; to: Date; limit: number },
): Promise<{ collected_at: Date; row_count: number }[]> {
  const { rows } = await db.query<{ collected_at: Date; row_count: number }>(
    `select collected_at, row_count from (
       select collected_at, row_count from ${q.table ?? "snapshots"}
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
  q: {
    table: SnapshotTable;
    targetId: string;
    kind: string;
    from: Date;
    to: Date;
    maxRows: number;
  },
): Promise<(SnapshotRow & { row_count: number })[]> {
  const { rows } = await db.query<SnapshotRow & { row_count: number }>(
    `select collected_at, truncated, rows, row_count from (
       select collected_at, truncated, rows, row_count,
              sum(row_count) over (order by collected_at desc) - row_count as rows_before
         from ${q.table ?? "snapshots"}
        where org_id = $1 and target_id = $2 and kind = $3 and collected_at >= $4 and collected_at <= $5
     ) s where rows_before < $6 order by collected_at desc`,
    [orgId, q.targetId, q.kind, q.from, q.to, q.maxRows],
  );
  return rows;
}

/** The newest snapshot of `kind` collected strictly before `before`: what a new one is compared with. */
export async function findSnapshotBefore(
  db: Queryable,
  orgId: string,
  q: { table?: SnapshotTable; targetId: string; kind: string; before: Date },
): Promise<SnapshotRow | undefined> {
  const { rows } = await db.query<SnapshotRow>(
    `select collected_at, truncated, rows from ${q.table ?? "snapshots"}
      where org_id = $1 and target_id = $2 and kind = $3 and collected_at < $4
      order by collected_at desc limit 1`,
    [orgId, q.targetId, q.kind, q.before],
  );
  return rows[0];
}

/** The newest row whose `field` is one of `keys`, over every snapshot of `kind` kept. */
export async function findRowsByKey(
  db: Queryable,
  orgId: string,
  q: { table?: SnapshotTable; targetId: string; kind: string; field: string; keys: string[] },
): Promise<unknown[]> {
  const { rows } = await db.query<{ row: unknown }>(
    `select distinct on (r.value ->> $4) r.value as row
       from ${q.table ?? "snapshots"} s
       cross join lateral jsonb_array_elements(s.rows) r
      where s.org_id = $1 and s.target_id = $2 and s.kind = $3 and r.value ->> $4 = any($5::text[])
      order by r.value ->> $4, s.collected_at desc`,
    [orgId, q.targetId, q.kind, q.field, q.keys],
  );
  return rows.map((r) => r.row);
}
