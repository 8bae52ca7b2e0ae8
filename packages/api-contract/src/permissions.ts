/**
 * What a caller may be allowed to do. Each user route names one capability; the backend's permission
 * table says which roles hold it, and the web app hides what the signed-in role does not hold.
 *
 * `kind` says which API keys may use it: read-scoped keys only `read`, read-write keys `read` and
 * `write`; `session` capabilities need a signed-in person (no key can mint keys, end sessions or grant
 * anyone access).
 */
export const CAPABILITY_KINDS = ["read", "write", "session"] as const;
export type CapabilityKind = (typeof CAPABILITY_KINDS)[number];

interface CapabilityDef {
  kind: CapabilityKind;
  summary: string;
}

export const CAPABILITIES = {
  "account.read": { kind: "read", summary: "See one's own account, organizations and role" },
  "account.sessions": {
    kind: "session",
    summary: "Sign out, switch organization, sign out everywhere",
  },
  "account.password": { kind: "session", summary: "Change one's own password" },
  "api-keys.manage": { kind: "session", summary: "Create, list and revoke one's own API keys" },
  "assets.read": { kind: "read", summary: "See agents, targets and their status" },
  "metrics.read": { kind: "read", summary: "Read the time series of targets" },
  "query-text.raw": {
    kind: "read",
    summary: "See query text with its literals where a target sends raw text",
  },
  "members.read": { kind: "read", summary: "See members and pending invitations" },
  "members.invite": {
    kind: "session",
    summary: "Invite people, change roles, send password reset links",
  },
  "members.manage": { kind: "write", summary: "Revoke invitations, remove members" },
  "organization.manage": { kind: "write", summary: "Change the organization's settings" },
  "ownership.transfer": { kind: "session", summary: "Transfer Account Ownership to a member" },
  "agent-keys.read": { kind: "read", summary: "See the organization's agent keys" },
  "agent-keys.manage": { kind: "write", summary: "Create and revoke agent keys" },
  "audit.read": { kind: "read", summary: "Read and export the audit log" },
  "alerts.read": {
    kind: "read",
    summary: "See alerts, their history, alert rules, templates and silences",
  },
  "alerts.operate": { kind: "write", summary: "Acknowledge alerts, create and end silences" },
  "alert-rules.manage": {
    kind: "write",
    summary: "Create, change, delete and dry-run alert rules",
  },
  "integrations.read": {
    kind: "read",
    summary: "See notification channels (never their secrets) and policies",
  },
  "integrations.manage": {
    kind: "write",
    summary: "Create, change, delete and test notification channels and policies",
  },
  "reports.read": { kind: "read", summary: "Read and export health check reports" },
  "reports.manage": {
    kind: "write",
    summary: "Run reports, mute findings, manage report schedules",
  },
} as const satisfies Record<string, CapabilityDef>;

export type Capability = keyof typeof CAPABILITIES;
export const CAPABILITY_NAMES = Object.keys(CAPABILITIES) as Capability[];

export const API_KEY_SCOPES = ["read", "read-write"] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

/** Whether a user API key of `scope` may use a capability of `kind` (its owner's role decides the rest). */
export function scopeAllows(scope: ApiKeyScope, kind: CapabilityKind): boolean {
  if (kind === "session") return false;
  return kind === "read" || scope === "read-write";
}

/** Prefixes tell credentials apart at a glance and in secret scanners. */
export const USER_API_KEY_PREFIX = "lsu_";
export const SESSION_TOKEN_PREFIX = "lss_";
