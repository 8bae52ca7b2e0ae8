import type { Queryable } from "./db.ts";

export interface NewChange {
  targetId: string;
  at: string;
  kind: string;
  objectType: string;
  objectName: string;
  change: "created" | "altered" | "dropped";
  diffJson: string;
}

export async function insertChanges(
  db: Queryable,
  orgId: string,
  changes: NewChange[],
): Promise<void> {
  if (changes.length === 0) return;
  await db.query(
    `insert into changes (org_id, target_id, at, kind, object_type, object_name, change, diff)
     select $1, c.target_id, c.at, c.kind, c.object_type, c.object_name, c.change, c.diff
       from unnest($2::uuid[], $3::timestamptz[], $4::text[], $5::text[], $6::text[], $7::text[], $8::jsonb[])
         as c(target_id, at, kind, object_type, object_name, change, diff)`,
    [
      orgId,
      changes.map((c) => c.targetId),
      changes.map((c) => c.at),
      changes.map((c) => c.kind),
      changes.map((c) => c.objectType),
      changes.map((c) => c.objectName),
      changes.map((c) => c.change),
      changes.map((c) => c.diffJson),
    ],
  );
}

export interface ChangeRow {
  at: Date;
  kind: string;
  object_type: string;
  object_name: string;
  change: "created" | "altered" | "dropped";
  diff: unknown;
}

/** Change events of a target in [from, to], newest first, at most `limit`. */
export async function listChanges(
  db: Queryable,
  orgId: string,
  q: { targetId: string; from: Date; to: Date; limit: number },
): Promise<ChangeRow[]> {
  const { rows } = await db.query<ChangeRow>(
    `select at, kind, object_type, object_name, change, diff from changes
      where org_id = $1 and target_id = $2 and at >= $3 and at <= $4
      order by at desc, object_name limit $5`,
    [orgId, q.targetId, q.from, q.to, q.limit],
  );
  return rows;
}
