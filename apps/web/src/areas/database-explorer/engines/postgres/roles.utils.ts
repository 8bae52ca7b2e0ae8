import type { PostgresRole } from "@logstag/protocol";

export interface RoleAttribute {
  label: string;
  color: string;
}

/** The attributes worth a badge; `inherit` is the default, so only its absence is shown. */
export function roleAttributes(role: PostgresRole): RoleAttribute[] {
  const attributes: RoleAttribute[] = [];
  if (role.superuser) attributes.push({ label: "superuser", color: "red" });
  if (role.canLogin) attributes.push({ label: "login", color: "blue" });
  if (role.createRole) attributes.push({ label: "create role", color: "orange" });
  if (role.createDb) attributes.push({ label: "create db", color: "grape" });
  if (role.replication) attributes.push({ label: "replication", color: "cyan" });
  if (role.bypassRls) attributes.push({ label: "bypass RLS", color: "pink" });
  if (!role.inherit) attributes.push({ label: "no inherit", color: "gray" });
  return attributes;
}

/** Roles PostgreSQL creates itself (pg_monitor, pg_read_all_stats, …). */
export function isPredefinedRole(role: Pick<PostgresRole, "name">): boolean {
  return role.name.startsWith("pg_");
}

export function filterRoles(
  roles: readonly PostgresRole[],
  showPredefined: boolean,
): PostgresRole[] {
  return roles.filter((role) => showPredefined || !isPredefinedRole(role));
}

export function describeConnectionLimit(limit: number): string {
  return limit < 0 ? "no limit" : String(limit);
}
