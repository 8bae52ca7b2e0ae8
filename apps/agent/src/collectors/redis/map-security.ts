import type { MetricSample, RedisSecurity } from "@logstag/protocol";
import { DANGEROUS_COMMANDS } from "./dangerous-commands.ts";

/** What the security collector could read; undefined where a command was refused or unknown. */
export interface SecurityFacts {
  protectedMode?: string;
  /** enable-debug-command / enable-module-command (7.0+): `no` keeps the command closed. */
  debugCommand?: string;
  moduleCommand?: string;
  /** ACL GETUSER default: flat [field, value, …]; only `flags` is read. */
  defaultUser?: unknown;
  aclUsers?: unknown;
  aclLog?: unknown;
  commandInfo?: unknown;
}

function defaultUserFlags(reply: unknown): string[] | undefined {
  if (!Array.isArray(reply)) return undefined;
  const at = reply.indexOf("flags");
  const flags = at >= 0 ? reply[at + 1] : undefined;
  return Array.isArray(flags) ? flags.map(String) : undefined;
}

/** COMMAND INFO answers nil for a command renamed away (rename-command) or unknown. */
function offered(facts: SecurityFacts): string[] {
  if (!Array.isArray(facts.commandInfo)) return [];
  return DANGEROUS_COMMANDS.filter((name, i) => {
    if (!Array.isArray(facts.commandInfo) || facts.commandInfo[i] == null) return false;
    if (name === "debug" && facts.debugCommand === "no") return false;
    if (name === "module" && facts.moduleCommand === "no") return false;
    return true;
  });
}

/** ACL LOG entries each count the repeated refusals they stand for. */
function aclLogDenials(reply: unknown): number | null {
  if (!Array.isArray(reply)) return null;
  return reply.reduce((sum: number, entry: unknown) => {
    if (!Array.isArray(entry)) return sum;
    const at = entry.indexOf("count");
    const n = at >= 0 ? Number(entry[at + 1]) : 1;
    return sum + (Number.isFinite(n) ? n : 1);
  }, 0);
}

export function mapSecurity(facts: SecurityFacts): { row: RedisSecurity; metrics: MetricSample[] } {
  const flags = defaultUserFlags(facts.defaultUser);
  const protectedMode =
    facts.protectedMode === undefined ? null : facts.protectedMode.toLowerCase() === "yes";
  const row: RedisSecurity = {
    protectedMode,
    defaultUserNoPassword: flags ? flags.includes("nopass") : null,
    defaultUserEnabled: flags ? flags.includes("on") : null,
    aclUsers: Array.isArray(facts.aclUsers) ? facts.aclUsers.length : null,
    dangerousCommands: offered(facts),
    aclLogDenials: aclLogDenials(facts.aclLog),
  };
  const metrics: MetricSample[] = [];
  if (flags) {
    const open = row.defaultUserEnabled && row.defaultUserNoPassword ? 1 : 0;
    metrics.push({ name: "redis.security.default_user_nopass", value: open });
  }
  if (protectedMode !== null) {
    metrics.push({ name: "redis.security.protected_mode_off", value: protectedMode ? 0 : 1 });
  }
  if (Array.isArray(facts.commandInfo)) {
    metrics.push({
      name: "redis.security.dangerous_commands",
      value: row.dangerousCommands.length,
    });
  }
  if (row.aclUsers !== null) metrics.push({ name: "redis.acl.users", value: row.aclUsers });
  return { row, metrics };
}
