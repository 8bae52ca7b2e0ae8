import { describe, expect, it } from "vitest";
import { DANGEROUS_COMMANDS } from "./dangerous-commands.ts";
import { mapSecurity } from "./map-security.ts";
import { dangerousCommandsInfoCommand } from "./queries.ts";

const info = (missing: string[]) =>
  DANGEROUS_COMMANDS.map((name) => (missing.includes(name) ? null : [name, -1, ["write"]]));

describe("security posture", () => {
  it("asks COMMAND INFO for exactly the listed dangerous commands", () => {
    expect(dangerousCommandsInfoCommand.args).toEqual(["INFO", ...DANGEROUS_COMMANDS]);
  });

  it("flags an open default user and lists commands not renamed away", () => {
    const { row, metrics } = mapSecurity({
      protectedMode: "no",
      debugCommand: "no",
      moduleCommand: "yes",
      defaultUser: ["flags", ["on", "nopass"], "passwords", ["hash"], "commands", "+@all"],
      aclUsers: ["default", "logstag"],
      aclLog: [
        ["count", 3, "reason", "auth"],
        ["count", 1, "reason", "command"],
      ],
      commandInfo: info(["flushall", "config"]),
    });
    expect(row).toEqual({
      protectedMode: false,
      defaultUserNoPassword: true,
      defaultUserEnabled: true,
      aclUsers: 2,
      dangerousCommands: DANGEROUS_COMMANDS.filter(
        (c) => !["flushall", "config", "debug"].includes(c),
      ),
      aclLogDenials: 4,
    });
    expect(metrics).toEqual([
      { name: "redis.security.default_user_nopass", value: 1 },
      { name: "redis.security.protected_mode_off", value: 1 },
      { name: "redis.security.dangerous_commands", value: 13 },
      { name: "redis.acl.users", value: 2 },
    ]);
    expect(JSON.stringify(row)).not.toContain("hash");
  });

  it("says null, and sends no metric, for what it could not read", () => {
    const { row, metrics } = mapSecurity({});
    expect(row).toEqual({
      protectedMode: null,
      defaultUserNoPassword: null,
      defaultUserEnabled: null,
      aclUsers: null,
      dangerousCommands: [],
      aclLogDenials: null,
    });
    expect(metrics).toEqual([]);
  });
});
