import type { AuditEntry } from "@logstag/api-contract";
import type { AuditRow } from "../../store/audit.ts";

export function toAuditEntry(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    at: row.at.toISOString(),
    actor: {
      kind: row.actor_kind,
      id: row.actor_id,
      userId: row.actor_user_id,
      label: row.actor_label,
    },
    action: row.action,
    resourceType: row.resource_type,
    resourceId: row.resource_id,
    before: row.before ?? null,
    after: row.after ?? null,
    sourceAddress: row.source_address,
    userAgent: row.user_agent,
  };
}
