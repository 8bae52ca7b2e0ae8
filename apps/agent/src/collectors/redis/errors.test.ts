import { describe, expect, it } from "vitest";
import { command } from "../command.ts";
import { MissingPrivilegeError } from "../missing-privilege.ts";
import { describeRedisError, RedisConnectTimeoutError, toCommandError } from "./errors.ts";

const connection = { host: "cache", port: 6379, db: 0, username: "logstag", password: "pw-123" };
const reply = (message: string) => Object.assign(new Error(message), { name: "ReplyError" });

describe("describeRedisError", () => {
  it.each([
    [
      reply("WRONGPASS invalid username-password pair or user is disabled."),
      "connection",
      'authentication failed for user "logstag" at cache:6379: wrong password, or the user is disabled',
    ],
    [
      reply("NOAUTH Authentication required."),
      "connection",
      "authentication required at cache:6379: set password (and username)",
    ],
    [
      Object.assign(new Error("connect ECONNREFUSED 10.0.0.1:6379"), { code: "ECONNREFUSED" }),
      "connection",
      "connection refused at cache:6379",
    ],
    [
      Object.assign(new Error("getaddrinfo ENOTFOUND cache"), { code: "ENOTFOUND" }),
      "connection",
      "host cache not found",
    ],
    [
      new Error("Connection is closed."),
      "connection",
      "connection to cache:6379 lost: Connection is closed.",
    ],
    [
      new Error("Command timed out"),
      "timeout",
      "the server at cache:6379 did not answer within collector_timeout",
    ],
    [
      new RedisConnectTimeoutError(5000),
      "timeout",
      "connecting to cache:6379 did not connect within 5000 ms (collector_timeout)",
    ],
  ])("%s → %s", (error, kind, message) => {
    const described = describeRedisError(error, connection);
    expect(described).toEqual({ kind, message });
    expect(described.message).not.toContain("pw-123");
  });

  it("names the ACL rule that fixes a refused command", () => {
    const c = command("SLOWLOG", "GET", "1000");
    const error = toCommandError(
      c,
      reply("NOPERM User logstag has no permissions to run the 'slowlog|get' command"),
      connection,
    );
    expect(error).toBeInstanceOf(MissingPrivilegeError);
    expect((error as MissingPrivilegeError).diagnostic).toEqual({
      code: "acl.slowlog-get",
      missing: "permission to run slowlog|get for ACL user logstag",
      impact: "SLOWLOG GET 1000 is refused.",
      fix: "ACL SETUSER logstag +slowlog|get",
    });
    expect(describeRedisError(error, connection)).toEqual({
      kind: "privilege",
      message:
        "SLOWLOG GET 1000 refused: NOPERM User logstag has no permissions to run the 'slowlog|get' command (fix: ACL SETUSER logstag +slowlog|get)",
    });
    expect(
      toCommandError(command("INFO"), reply("NOPERM …"), { ...connection, username: undefined }),
    ).toMatchObject({
      diagnostic: { fix: "ACL SETUSER default +info" },
    });
  });

  it("says when a command was renamed away", () => {
    const error = toCommandError(
      command("CONFIG", "GET", "*"),
      reply("ERR unknown command 'CONFIG', with args beginning with: 'GET' '*' "),
      connection,
    );
    expect(describeRedisError(error, connection).kind).toBe("query");
    expect(describeRedisError(error, connection).message).toMatch(
      /^CONFIG GET \* is not available \(renamed, disabled or too old a server\)/,
    );
  });
});
