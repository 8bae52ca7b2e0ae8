import {
  API_ROUTES,
  AUDIT_ACTIONS,
  AUDIT_RESOURCE_TYPES,
  type AuditAction,
  type AuditEntry,
  type AuditResourceType,
} from "@logstag/api-contract";

export interface AuditFilters {
  actor?: string;
  action?: AuditAction;
  resourceType?: AuditResourceType;
  resourceId?: string;
  /** ISO times. */
  from?: string;
  to?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const oneOf = <T extends string>(list: readonly T[], v: string | null): T | undefined =>
  list.find((x) => x === v);
const isoOrUndefined = (v: string | null) =>
  v && !Number.isNaN(Date.parse(v)) ? new Date(v).toISOString() : undefined;

/** Filters from the page's address; anything the API would refuse is dropped. */
export function filtersFromSearch(search: URLSearchParams): AuditFilters {
  const f: AuditFilters = {};
  const actor = search.get("actor");
  if (actor && UUID.test(actor)) f.actor = actor;
  const action = oneOf(AUDIT_ACTIONS, search.get("action"));
  if (action) f.action = action;
  const resourceType = oneOf(AUDIT_RESOURCE_TYPES, search.get("resourceType"));
  if (resourceType) f.resourceType = resourceType;
  const resourceId = search.get("resourceId")?.trim().slice(0, 200);
  if (resourceId) f.resourceId = resourceId;
  const from = isoOrUndefined(search.get("from"));
  if (from) f.from = from;
  const to = isoOrUndefined(search.get("to"));
  if (to) f.to = to;
  return f;
}

export function filtersToSearch(filters: AuditFilters): URLSearchParams {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) search.set(key, value);
  return search;
}

export function exportHref(filters: AuditFilters): string {
  const query = filtersToSearch(filters).toString();
  return API_ROUTES.audit.export.path + (query ? `?${query}` : "");
}

/** "member.role_changed" → "Member role changed"; "api_key.created" → "API key created". */
export function describeAction(action: string): string {
  const text = action.replace(/[._]/g, " ").replace(/\bapi\b/, "API");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const show = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v));

/** The fields that differ between before and after, as "field: old → new". */
export function summarizeChange(entry: Pick<AuditEntry, "before" | "after">): string {
  const before = asRecord(entry.before);
  const after = asRecord(entry.after);
  if (!before && !after) return "";
  if (!before)
    return Object.entries(after ?? {})
      .map(([k, v]) => `${k}: ${show(v)}`)
      .join(", ");
  if (!after)
    return Object.entries(before)
      .map(([k, v]) => `${k} was ${show(v)}`)
      .join(", ");
  return [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]))
    .map((k) => `${k}: ${show(before[k] ?? "–")} → ${show(after[k] ?? "–")}`)
    .join(", ");
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** A `datetime-local` input's value (local time, no zone) as ISO, or undefined when empty. */
export function localInputToIso(value: string): string | undefined {
  if (!value) return undefined;
  const at = new Date(value);
  return Number.isNaN(at.getTime()) ? undefined : at.toISOString();
}

export function isoToLocalInput(iso: string | undefined): string {
  if (!iso) return "";
  const at = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
}
