import { type Capability, type Member, RESETTABLE_ROLES, type Role } from "@logstag/api-contract";

export interface MemberActions {
  changeRole: boolean;
  remove: boolean;
  makeOwner: boolean;
  resetPassword: boolean;
}

/** What the signed-in person may do to a member row; the API checks the same rules. */
export function memberActions(
  me: { userId: string; role: Role; capabilities: readonly Capability[] },
  member: Pick<Member, "userId" | "role">,
): MemberActions {
  const manage = me.capabilities.includes("members.manage");
  const notOwner = member.role !== "owner";
  const notMe = member.userId !== me.userId;
  return {
    changeRole: manage && notOwner && notMe,
    remove: manage && notOwner && notMe,
    makeOwner: me.capabilities.includes("ownership.transfer") && notOwner,
    resetPassword:
      me.capabilities.includes("members.invite") &&
      notMe &&
      RESETTABLE_ROLES[me.role].includes(member.role),
  };
}

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  owner: "Everything, plus the audit log and ownership; one per organization.",
  admin: "Manages members, agent keys and settings.",
  member: "Operates: sees everything monitored, handles alerts and reports.",
  viewer: "Reads monitoring data; changes nothing.",
};

/** "in 6 d", "in 3 h", "expired". */
export function describeExpiry(expiresAt: string, now: Date): string {
  const seconds = (Date.parse(expiresAt) - now.getTime()) / 1000;
  if (!(seconds > 0)) return "expired";
  // Rounded: a link made a minute ago expires "in 7 d", not "in 6 d".
  if (seconds >= 86_400) return `in ${Math.round(seconds / 86_400)} d`;
  if (seconds >= 3600) return `in ${Math.round(seconds / 3600)} h`;
  return `in ${Math.max(1, Math.floor(seconds / 60))} min`;
}
