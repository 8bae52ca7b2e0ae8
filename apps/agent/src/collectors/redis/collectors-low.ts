import type { Diagnostic } from "@logstag/protocol";
import type { Collector } from "../types.ts";
import type { RedisSession } from "./connect.ts";
import { configValue, mapConfig } from "./map-config.ts";
import { mapSecurity } from "./map-security.ts";
import { optionalCommand } from "./optional-command.ts";
import {
  aclLogCommand,
  aclUsersCommand,
  configGetAllCommand,
  dangerousCommandsInfoCommand,
  debugCommandSettingCommand,
  defaultUserCommand,
  moduleCommandSettingCommand,
  protectedModeCommand,
} from "./queries.ts";

/** CONFIG GET *, secrets masked before they leave the agent. */
export const configCollector: Collector<RedisSession> = {
  name: "config",
  group: "low",
  async collect(session) {
    return { metrics: [], snapshot: mapConfig(await session.send(configGetAllCommand)) };
  },
};

/** Protected mode, the default user, ACL users and refusals, dangerous commands left open. */
export const securityCollector: Collector<RedisSession> = {
  name: "security",
  group: "low",
  async collect(session) {
    const diagnostics: Diagnostic[] = [];
    const read = (c: Parameters<typeof optionalCommand>[1], impact: string) =>
      optionalCommand(session, c, impact, diagnostics);
    const setting = async (c: Parameters<typeof optionalCommand>[1], name: string) =>
      configValue(await read(c, `The ${name} setting is not checked.`), name);
    const { row, metrics } = mapSecurity({
      protectedMode: await setting(protectedModeCommand, "protected-mode"),
      debugCommand: await setting(debugCommandSettingCommand, "enable-debug-command"),
      moduleCommand: await setting(moduleCommandSettingCommand, "enable-module-command"),
      defaultUser: await read(
        defaultUserCommand,
        "Whether the default user needs a password is not checked.",
      ),
      aclUsers: await read(aclUsersCommand, "ACL users are not counted."),
      aclLog: await read(aclLogCommand, "Refused commands and logins (ACL LOG) are not counted."),
      commandInfo: await read(
        dangerousCommandsInfoCommand,
        "Dangerous commands left open are not listed.",
      ),
    });
    return {
      metrics,
      snapshot: { kind: "redis.security", rows: [row], truncated: false },
      diagnostics,
    };
  },
};
