import type { Queryable } from "./db.ts";

export interface MuteRow {
  id: string;
  target_id: string;
  check_id: string;
  reason: string;
  until: Date;
  created_at: Date;
  created_by: string;
}

const COLUMNS = "id, target_id, check_id, reason, until, created_at, created_by";

/** Mutes of a target that have neither expired nor been ended at `now`. */
export async function activeMutes(
  db: Queryable,
  orgId: string,
  targetId: string,
  now: Date,
): Promise<MuteRow[]> {
  const { rows } = await db.query<MuteRow>(
    `select ${COLUMNS} from health_mutes
      where org_id = $1 and target_id = $2 and ended_at is null and until > $3
      order by created_at`,
    [orgId, targetId, now],
  );
  return rows;
}

export async function insertMute(
  db: Queryable,
  orgId: string,
  m: { targetId: string; checkId: string; reason: string; until: string; createdBy: string },
): Promise<MuteRow> {
  const { rows } = await db.query<MuteRow>(
    `insert into health_mutes (org_id, target_id, check_id, reason, until, created_by)
     values ($1, $2, $3, $4, $5, $6) returning ${COLUMNS}`,
    [orgId, m.targetId, m.checkId, m.reason, m.until, m.createdBy],
  );
  return rows[0] as MuteRow;
}

/** Ends the active mutes of the same check on the target (a new mute replaces them). */
export async function endMutesOfCheck(
  db: Queryable,
  orgId: string,
  targetId: string,
  checkId: string,
): Promise<void> {
  await db.query(
    `update health_mutes set ended_at = now()
      where org_id = $1 and target_id = $2 and check_id = $3 and ended_at is null`,
    [orgId, targetId, checkId],
  );
}

export async function endMute(
  db: Queryable,
  orgId: string,
  id: string,
): Promise<MuteRow | undefined> {
  const { rows } = await db.query<MuteRow>(
    `update health_mutes set ended_at = now()
      where org_id = $1 and id = $2 and ended_at is null returning ${COLUMNS}`,
    [orgId, id],
  );
  return rows[0];
}
