import { command } from "../command.ts";
import { DANGEROUS_COMMANDS } from "./dangerous-commands.ts";

/** Names the agent's own connection, so it can be told apart in CLIENT LIST and logs. */
export const setNameCommand = command("CLIENT", "SETNAME", "logstag-agent");
/** The agent's own client id, left out of the clients snapshot. */
export const clientIdCommand = command("CLIENT", "ID");

/** Default sections: server, clients, memory, persistence, stats, replication, cpu, keyspace. */
export const infoDefaultCommand = command("INFO");
export const infoPersistenceCommand = command("INFO", "persistence");
export const infoStatsCommand = command("INFO", "stats");
export const infoReplicationCommand = command("INFO", "replication");
export const infoKeyspaceCommand = command("INFO", "keyspace");
export const infoCommandStatsCommand = command("INFO", "commandstats");
/** 6.2+; older servers answer an unknown section with an empty reply. */
export const infoErrorStatsCommand = command("INFO", "errorstats");
/** 7.0+, with latency-tracking on (the default). */
export const infoLatencyStatsCommand = command("INFO", "latencystats");

export const clientListCommand = command("CLIENT", "LIST");

export const slowlogLenCommand = command("SLOWLOG", "LEN");
/** Enough for the default slowlog-max-len (128) and then some; ids tell how many were missed. */
export const slowlogGetCommand = command("SLOWLOG", "GET", "1000");

export const latencyLatestCommand = command("LATENCY", "LATEST");

export const configGetAllCommand = command("CONFIG", "GET", "*");
export const protectedModeCommand = command("CONFIG", "GET", "protected-mode");
export const debugCommandSettingCommand = command("CONFIG", "GET", "enable-debug-command");
export const moduleCommandSettingCommand = command("CONFIG", "GET", "enable-module-command");

/** Flags of the default user only: its password hashes are in the reply and are never read. */
export const defaultUserCommand = command("ACL", "GETUSER", "default");
export const aclUsersCommand = command("ACL", "USERS");
/** acllog-max-len defaults to 128. */
export const aclLogCommand = command("ACL", "LOG", "128");

/**
 * Whether each dangerous command is still offered under its own name (a renamed or disabled
 * command answers nil), in the order of DANGEROUS_COMMANDS.
 */
export const dangerousCommandsInfoCommand = command("COMMAND", "INFO", ...DANGEROUS_COMMANDS);
