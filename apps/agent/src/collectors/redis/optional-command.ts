import type { Diagnostic } from "@logstag/protocol";
import type { Command } from "../command.ts";
import { MissingPrivilegeError } from "../missing-privilege.ts";
import type { RedisSession } from "./connect.ts";
import { RedisReplyError } from "./errors.ts";

/**
 * Sends a command the collector can do without: refused → undefined plus a diagnostic naming
 * the ACL rule; unknown (renamed, or too old a server) → undefined. Anything else fails the
 * collector.
 */
export async function optionalCommand(
  session: RedisSession,
  c: Command,
  impact: string,
  diagnostics: Diagnostic[],
): Promise<unknown> {
  try {
    return await session.send(c);
  } catch (error) {
    if (error instanceof MissingPrivilegeError) {
      diagnostics.push({ ...error.diagnostic, impact });
      return undefined;
    }
    if (error instanceof RedisReplyError && /unknown (sub)?command/i.test(error.reply)) {
      return undefined;
    }
    throw error;
  }
}
