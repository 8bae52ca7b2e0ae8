import { aclName, isCommand } from "../command.ts";
import * as queries from "./queries.ts";
import { CONTAINER_COMMANDS } from "./read-only-policy.ts";

/**
 * The ACL rules of the least-privileged user, built from every command the collectors send,
 * so the documented line can never fall behind the code: no key or channel access at all.
 */
export function leastPrivilegeRules(): string {
  const names = Object.values(queries)
    .filter(isCommand)
    .map((c) => aclName(c, CONTAINER_COMMANDS));
  return ["-@all", ...[...new Set(names)].sort().map((n) => `+${n}`)].join(" ");
}

/** `ACL SETUSER logstag on >… <rules>` as the documentation shows it. */
export function aclSetUserLine(user: string, password = "…"): string {
  return `ACL SETUSER ${user} on >${password} ${leastPrivilegeRules()}`;
}
