import { describe, expect, it } from "vitest";
import { command } from "../command.ts";
import { checkRedisCommand } from "./read-only-policy.ts";

describe("checkRedisCommand", () => {
  it.each([
    command("INFO"),
    command("INFO", "commandstats"),
    command("CLIENT", "LIST"),
    command("config", "get", "*"),
    command("SLOWLOG", "GET", "128"),
    command("ACL", "LOG", "128"),
    command("COMMAND", "INFO", "flushall", "keys"),
  ])("allows $name $args", (c) => {
    expect(checkRedisCommand(c)).toEqual([]);
  });

  it.each([
    [command("GET", "user:1"), "GET is not an allowlisted status command"],
    [command("SCAN", "0"), "SCAN is not an allowlisted status command"],
    [command("KEYS", "*"), "KEYS is not an allowlisted status command"],
    [command("MONITOR"), "MONITOR is not an allowlisted status command"],
    [command("FLUSHALL"), "FLUSHALL is not an allowlisted status command"],
    [command("CONFIG", "SET", "maxmemory", "1"), "CONFIG SET is not an allowlisted subcommand"],
    [command("CONFIG", "RESETSTAT"), "CONFIG RESETSTAT is not an allowlisted subcommand"],
    [command("CLIENT", "KILL", "ID", "1"), "CLIENT KILL is not an allowlisted subcommand"],
    [command("SLOWLOG", "RESET"), "SLOWLOG RESET is not an allowlisted subcommand"],
    [command("ACL", "LOG", "RESET"), "ACL LOG RESET uses RESET"],
    [command("ACL", "SETUSER", "x"), "ACL SETUSER is not an allowlisted subcommand"],
    [command("ACL", "LIST"), "ACL LIST is not an allowlisted subcommand"],
    [command("INFO", "a b"), "INFO takes section names only"],
    [command("PING", "hello"), "PING takes no arguments here"],
  ])("refuses %o", (c, problem) => {
    expect(checkRedisCommand(c)).toContain(problem);
  });
});
