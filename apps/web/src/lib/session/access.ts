import type { Role } from "@logstag/api-contract";

/** Who may open a part of the app: everyone signed in, owners and admins, or the owner only. */
export type Access = "member" | "admin" | "owner";

const ROLES_BY_ACCESS: Record<Access, readonly Role[]> = {
  member: ["owner", "admin", "member", "viewer"],
  admin: ["owner", "admin"],
  owner: ["owner"],
};

export function canAccess(role: Role, access: Access): boolean {
  return ROLES_BY_ACCESS[access].includes(role);
}

export const ROLE_LABELS: Record<Role, string> = {
  owner: "Account Owner",
  admin: "Admin",
  member: "Member",
  viewer: "Viewer",
};
