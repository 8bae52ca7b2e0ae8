import type { Capability, Role } from "@logstag/api-contract";

/**
 * Who may open a part of the app: anyone signed in, or whoever holds a capability. The backend
 * decides which capabilities a role holds and sends them with the session; the API enforces them.
 */
export type Access = "signed-in" | Capability;

export function canAccess(capabilities: readonly Capability[], access: Access): boolean {
  return access === "signed-in" || capabilities.includes(access);
}

export const ROLE_LABELS: Record<Role, string> = {
  owner: "Account Owner",
  admin: "Admin",
  member: "Member",
  viewer: "Viewer",
};
