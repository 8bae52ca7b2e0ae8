import type { Capability, Role } from "@logstag/api-contract";

/**
 * The permission table: which roles hold each capability. It is the only one; the API enforces it
 * through `authorize`, `/auth/me` hands the caller's share to the web app, and docs/roles.md
 * mirrors it (a test compares them).
 */
export const PERMISSIONS = {
  "account.read": ["owner", "admin", "member", "viewer"],
  "account.sessions": ["owner", "admin", "member", "viewer"],
  "account.password": ["owner", "admin", "member", "viewer"],
  "api-keys.manage": ["owner", "admin", "member", "viewer"],
  "assets.read": ["owner", "admin", "member", "viewer"],
  "metrics.read": ["owner", "admin", "member", "viewer"],
  "query-text.raw": ["owner", "admin"],
  "members.read": ["owner", "admin"],
  "members.invite": ["owner", "admin"],
  "members.manage": ["owner", "admin"],
  "organization.manage": ["owner", "admin"],
  "ownership.transfer": ["owner"],
  "agent-keys.read": ["owner", "admin"],
  "agent-keys.manage": ["owner", "admin"],
  "audit.read": ["owner"],
  "alerts.read": ["owner", "admin", "member", "viewer"],
  "alerts.operate": ["owner", "admin", "member"],
  "alert-rules.manage": ["owner", "admin"],
  "integrations.read": ["owner", "admin", "member"],
  "integrations.manage": ["owner", "admin"],
  "reports.read": ["owner", "admin", "member", "viewer"],
  "reports.manage": ["owner", "admin", "member"],
} as const satisfies Record<Capability, readonly Role[]>;

export function roleHolds(role: Role, capability: Capability): boolean {
  return (PERMISSIONS[capability] as readonly Role[]).includes(role);
}
