import type { CollectionError, Diagnostic } from "@logstag/protocol";
import { aclName, type Command, commandText } from "../command.ts";
import { MissingPrivilegeError } from "../missing-privilege.ts";
import { aclUser, type RedisConnection } from "./config.ts";
import { CONTAINER_COMMANDS } from "./read-only-policy.ts";

/** The server answered a command with an error reply. */
export class RedisReplyError extends Error {
  constructor(
    readonly command: string,
    readonly reply: string,
  ) {
    super(`${command}: ${reply}`);
    this.name = "RedisReplyError";
  }
}

export class RedisConnectTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`did not connect within ${timeoutMs} ms`);
    this.name = "RedisConnectTimeoutError";
  }
}

/** The ACL rule that lets the agent's user send `c`, e.g. `ACL SETUSER logstag +slowlog|get`. */
export function aclFix(c: Command, connection: RedisConnection): string {
  return `ACL SETUSER ${aclUser(connection)} +${aclName(c, CONTAINER_COMMANDS)}`;
}

export function permissionDiagnostic(
  c: Command,
  connection: RedisConnection,
  impact: string,
): Diagnostic {
  const rule = aclName(c, CONTAINER_COMMANDS);
  return {
    code: `acl.${rule.replace("|", "-")}`.slice(0, 64),
    missing: `permission to run ${rule} for ACL user ${aclUser(connection)}`,
    impact,
    fix: aclFix(c, connection),
  };
}

/** A NOPERM reply becomes a MissingPrivilegeError naming the ACL rule to add. */
export function toCommandError(c: Command, error: unknown, connection: RedisConnection): Error {
  const reply = error instanceof Error ? error.message : String(error);
  if (!/^NOPERM\b/.test(reply) || !(error instanceof Error && error.name === "ReplyError")) {
    return error instanceof Error && error.name !== "ReplyError"
      ? error
      : new RedisReplyError(commandText(c), reply);
  }
  const diagnostic = permissionDiagnostic(c, connection, `${commandText(c)} is refused.`);
  return new MissingPrivilegeError(
    `${commandText(c)} refused: ${reply} (fix: ${diagnostic.fix})`,
    diagnostic,
  );
}

const NETWORK: Record<string, string> = {
  ECONNREFUSED: "connection refused",
  ECONNRESET: "connection reset",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
  ETIMEDOUT: "connection timed out",
  EPIPE: "connection closed by the server",
};

/** Driver and server errors as the protocol's kinds, with a message a user can act on. */
export function describeRedisError(error: unknown, c: RedisConnection): CollectionError {
  const at = `${c.host}:${c.port}`;
  const kind = (k: CollectionError["kind"], message: string): CollectionError => ({
    kind: k,
    message: message.slice(0, 2000),
  });
  if (error instanceof MissingPrivilegeError) return kind("privilege", error.message);
  if (error instanceof RedisConnectTimeoutError) {
    return kind("timeout", `connecting to ${at} ${error.message} (collector_timeout)`);
  }
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string" && code in NETWORK)
    return kind("connection", `${NETWORK[code]} at ${at}`);
  if (code === "ENOTFOUND" || code === "EAI_AGAIN")
    return kind("connection", `host ${c.host} not found`);
  if (/WRONGPASS|invalid password|invalid username-password/i.test(message)) {
    return kind(
      "connection",
      `authentication failed for user "${aclUser(c)}" at ${at}: wrong password, or the user is disabled`,
    );
  }
  if (/NOAUTH/.test(message)) {
    return kind("connection", `authentication required at ${at}: set password (and username)`);
  }
  if (/Command timed out/.test(message)) {
    return kind("timeout", `the server at ${at} did not answer within collector_timeout`);
  }
  if (/Connection is closed|Stream isn't writeable|Socket closed|connect E/i.test(message)) {
    return kind("connection", `connection to ${at} lost: ${message}`);
  }
  if (/certificate|self[- ]signed|TLS|SSL/i.test(message)) {
    return kind("connection", `TLS to ${at} failed: ${message}`);
  }
  if (error instanceof RedisReplyError) {
    if (/^LOADING\b/.test(error.reply))
      return kind("query", `${error.command}: the server is loading its data set`);
    if (/unknown command|unknown subcommand/i.test(error.reply)) {
      return kind(
        "query",
        `${error.command} is not available (renamed, disabled or too old a server): ${error.reply}`,
      );
    }
    return kind("query", message);
  }
  return kind("internal", message);
}
