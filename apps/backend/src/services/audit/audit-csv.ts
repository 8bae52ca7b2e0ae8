import type { AuditEntry } from "@logstag/api-contract";

export const AUDIT_CSV_COLUMNS = [
  "time",
  "actor_kind",
  "actor_id",
  "actor_user_id",
  "actor",
  "action",
  "resource_type",
  "resource_id",
  "before",
  "after",
  "source_address",
  "user_agent",
] as const;

/**
 * One CSV field (RFC 4180). Text an attacker controls (user agents, names) could start with a
 * formula character and run in a spreadsheet, so such fields get a leading apostrophe.
 */
export function csvField(value: string | null): string {
  if (value === null) return "";
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));

export function auditEntriesToCsv(entries: readonly AuditEntry[]): string {
  const lines = [AUDIT_CSV_COLUMNS.join(",")];
  for (const e of entries) {
    lines.push(
      [
        e.at,
        e.actor.kind,
        e.actor.id,
        e.actor.userId,
        e.actor.label,
        e.action,
        e.resourceType,
        e.resourceId,
        json(e.before),
        json(e.after),
        e.sourceAddress,
        e.userAgent,
      ]
        .map(csvField)
        .join(","),
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}
