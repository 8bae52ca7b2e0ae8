import { z } from "zod";

const isoTime = z.iso.datetime({ offset: true });
const name = z.string().max(256);
const count = z.number().int().nonnegative();

/** One connection of CLIENT LIST (the agent's own connection excluded). */
export const redisClientSchema = z
  .object({
    id: count,
    /** CLIENT SETNAME; null when unnamed. */
    name: name.nullable(),
    /** `ip:port` of the client, or a Unix socket path. */
    addr: z.string().max(300),
    db: count,
    ageSeconds: count,
    idleSeconds: count,
    /** CLIENT LIST flags letters, e.g. `N`, `b` (blocked), `x` (in MULTI), `S` (replica). */
    flags: z.string().max(64),
    blocked: z.boolean(),
    /** Name of the last command (never its arguments); `client|list` form for subcommands. */
    cmd: name.nullable(),
    /** ACL user (6.0+). */
    user: name.nullable(),
    /** Commands queued in MULTI; -1 outside a transaction. */
    multi: z.number().int(),
    /** Channel, pattern and shard channel subscriptions. */
    subscriptions: count,
    queryBufferBytes: count,
    outputMemoryBytes: count,
    /** Everything the client uses (tot-mem, 6.0+). */
    totalMemoryBytes: count.nullable(),
  })
  .strict();
export type RedisClient = z.infer<typeof redisClientSchema>;

/** A slow log entry: the command name and how many arguments it had, never their values. */
export const redisSlowlogEntrySchema = z
  .object({
    id: count,
    at: isoTime,
    durationUs: count,
    /** Lower case; a container command with its subcommand as `config get`. */
    command: name,
    /** Arguments after the command name (the subcommand counts as one). */
    argCount: count,
    clientAddr: z.string().max(300).nullable(),
    clientName: name.nullable(),
  })
  .strict();
export type RedisSlowlogEntry = z.infer<typeof redisSlowlogEntrySchema>;

/** One parameter of CONFIG GET *; secrets are replaced by `********`. */
export const redisConfigSchema = z
  .object({ name, value: z.string().max(8192).nullable() })
  .strict();
export type RedisConfig = z.infer<typeof redisConfigSchema>;

/** Security posture of the server; null where the server does not say (e.g. ACL before 6.0). */
export const redisSecuritySchema = z
  .object({
    protectedMode: z.boolean().nullable(),
    /** The default user accepts any password (`nopass`). */
    defaultUserNoPassword: z.boolean().nullable(),
    defaultUserEnabled: z.boolean().nullable(),
    aclUsers: count.nullable(),
    /** Dangerous commands still offered under their own name, lower case. */
    dangerousCommands: z.array(name).max(100),
    /** Entries in ACL LOG (refused commands and logins). */
    aclLogDenials: count.nullable(),
  })
  .strict();
export type RedisSecurity = z.infer<typeof redisSecuritySchema>;
