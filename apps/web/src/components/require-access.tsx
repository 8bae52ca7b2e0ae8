import type { ReactNode } from "react";
import { type Access, canAccess } from "../lib/session/access.ts";
import { useSession } from "../lib/session/use-session.ts";
import { NoPermissionState } from "./page-states.tsx";

const WHO: Record<Access, string> = {
  member: "members of the organization",
  admin: "the Account Owner and Admins",
  owner: "the Account Owner",
};

/** Renders children only for roles that may see them; the API enforces the same rule. */
export function RequireAccess({ access, children }: { access: Access; children: ReactNode }) {
  const { role } = useSession();
  if (!canAccess(role, access)) return <NoPermissionState who={WHO[access]} />;
  return children;
}
