import type { FindingMute } from "@logstag/api-contract";
import type { Queryable } from "../../store/db.ts";
import { activeMutes } from "../../store/health-mutes.ts";

/** The target's active mutes keyed by check id, as reports apply them. */
export async function mutesByCheck(
  db: Queryable,
  orgId: string,
  targetId: string,
  now: Date,
): Promise<Map<string, FindingMute>> {
  const rows = await activeMutes(db, orgId, targetId, now);
  return new Map(
    rows.map((m) => [
      m.check_id,
      { id: m.id, reason: m.reason, until: m.until.toISOString(), by: m.created_by },
    ]),
  );
}
