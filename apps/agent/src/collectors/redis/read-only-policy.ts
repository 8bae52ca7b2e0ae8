import { type Command, commandText, isCommand } from "../command.ts";
import type { ReadOnlyPolicy } from "../types.ts";

/**
 * Every command a Redis collector may send, with the subcommands allowed for container
 * commands (null: no subcommand). Adding one here is a product decision: status commands only,
 * never a key's value (GET, SCAN, KEYS, DUMP, …) and never MONITOR.
 */
const ALLOWED: Readonly<Record<string, readonly string[] | null>> = {
  INFO: null,
  PING: null,
  ROLE: null,
  CLIENT: ["LIST", "ID", "INFO", "SETNAME"],
  CONFIG: ["GET"],
  SLOWLOG: ["GET", "LEN"],
  LATENCY: ["LATEST", "HISTOGRAM"],
  ACL: ["GETUSER", "USERS", "LOG", "WHOAMI"],
  COMMAND: ["COUNT", "INFO", "DOCS"],
};

/** Container commands: their first argument is a subcommand (ACL names them `config|get`). */
export const CONTAINER_COMMANDS: ReadonlySet<string> = new Set(
  Object.entries(ALLOWED)
    .filter(([, subs]) => subs !== null)
    .map(([name]) => name.toLowerCase()),
);

/** Arguments that would turn an allowed subcommand into a write (ACL LOG RESET, CLIENT LIST …). */
const FORBIDDEN_ARGS = new Set(["RESET", "KILL", "SET", "REWRITE", "RESETSTAT"]);

const SECTION = /^[a-z]+$/;

/** Why a command breaks the read-only rule, or an empty list when it keeps it. */
export function checkRedisCommand(c: Command): string[] {
  const problems: string[] = [];
  if (!(c.name in ALLOWED)) return [`${c.name} is not an allowlisted status command`];
  const subs = ALLOWED[c.name];
  const [sub, ...rest] = c.args;
  if (subs) {
    if (sub === undefined || !subs.includes(sub.toUpperCase())) {
      problems.push(`${c.name} ${sub ?? ""} is not an allowlisted subcommand`.trim());
    }
  } else if (c.name === "INFO" && c.args.some((a) => !SECTION.test(a))) {
    problems.push("INFO takes section names only");
  } else if (c.name !== "INFO" && c.args.length > 0) {
    problems.push(`${c.name} takes no arguments here`);
  }
  for (const arg of rest) {
    if (FORBIDDEN_ARGS.has(arg.toUpperCase())) problems.push(`${commandText(c)} uses ${arg}`);
  }
  return problems;
}

export const redisReadOnlyPolicy: ReadOnlyPolicy = {
  isStatement: isCommand,
  check: (value) =>
    isCommand(value) ? checkRedisCommand(value) : ["not a command built with command()"],
};
