import type { Queryable } from "./db.ts";

export interface DirtyHour {
  orgId: string;
  targetId: string;
  hour: Date;
  mark: number;
}

/** Marks hours of targets whose points arrived after they were rolled up. Sorted: no deadlocks. */
export async function markDirtyHours(
  db: Queryable,
  orgId: string,
  marks: { targetId: string; hour: Date }[],
): Promise<void> {
  if (marks.length === 0) return;
  const sorted = [...marks].sort(
    (a, b) => a.targetId.localeCompare(b.targetId) || a.hour.getTime() - b.hour.getTime(),
  );
  // A fresh mark on conflict tells a rollup already redoing this hour to redo it once more.
  await db.query(
    `insert into rollup_dirty (org_id, target_id, hour)
     select $1, m.target_id, m.hour from unnest($2::uuid[], $3::timestamptz[]) as m(target_id, hour)
     on conflict (org_id, target_id, hour) do update set mark = nextval('rollup_dirty_mark')`,
    [orgId, sorted.map((m) => m.targetId), sorted.map((m) => m.hour)],
  );
}

export async function listDirtyHours(db: Queryable, limit: number): Promise<DirtyHour[]> {
  const { rows } = await db.query<{ org_id: string; target_id: string; hour: Date; mark: number }>(
    "select org_id, target_id, hour, mark from rollup_dirty order by hour limit $1",
    [limit],
  );
  return rows.map((r) => ({ orgId: r.org_id, targetId: r.target_id, hour: r.hour, mark: r.mark }));
}

/** Clears a mark unless it was renewed while the hour was being redone. */
export async function clearDirtyHour(db: Queryable, d: DirtyHour): Promise<void> {
  await db.query(
    "delete from rollup_dirty where org_id = $1 and target_id = $2 and hour = $3 and mark = $4",
    [d.orgId, d.targetId, d.hour, d.mark],
  );
}
