import type { Mute } from "@logstag/api-contract";
import type { MuteRow } from "../../store/health-mutes.ts";

export function toMute(row: MuteRow): Mute {
  return {
    id: row.id,
    targetId: row.target_id,
    checkId: row.check_id,
    reason: row.reason,
    until: row.until.toISOString(),
    createdAt: row.created_at.toISOString(),
    createdBy: row.created_by,
  };
}
