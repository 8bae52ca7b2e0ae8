import { z } from "zod";
import type { Env } from "../types.ts";

export interface RedisTls {
  /** PEM file of the CA that signed the server certificate; the system CAs when absent. */
  caFile?: string;
  /** Name expected in the server certificate, when it differs from `host`. */
  servername?: string;
  /** Encrypt without verifying the certificate (opt-in, for test setups). */
  insecure: boolean;
}

export interface RedisConnection {
  host: string;
  port: number;
  /** ACL user (6.0+); the `default` user when absent. */
  username?: string;
  password?: string;
  db: number;
  tls?: RedisTls;
}

const port = z
  .number({ error: "expected an integer between 1 and 65535" })
  .int("expected an integer between 1 and 65535")
  .min(1, "expected an integer between 1 and 65535")
  .max(65535, "expected an integer between 1 and 65535");

const shape = {
  host: z.string().min(1, "expected a host name or address"),
  port: port.default(6379),
  username: z.string().min(1).optional(),
  password: z.string().optional(),
  password_env: z.string().min(1).optional(),
  db: z.number().int().min(0, "expected a database number from 0").default(0),
  tls: z.boolean({ error: "expected true or false" }).default(false),
  tls_ca_file: z.string().min(1).optional(),
  tls_servername: z.string().min(1).optional(),
  tls_insecure: z.boolean({ error: "expected true or false" }).default(false),
};

type Raw = z.output<z.ZodObject<typeof shape>>;

function tlsOf(raw: Raw, ctx: z.RefinementCtx): RedisTls | undefined {
  const extras = (["tls_ca_file", "tls_servername", "tls_insecure"] as const).filter(
    (k) => raw[k] !== undefined && raw[k] !== false,
  );
  if (!raw.tls) {
    for (const key of extras) {
      ctx.addIssue({ code: "custom", path: [key], message: `${key} needs tls = true` });
    }
    return undefined;
  }
  return {
    insecure: raw.tls_insecure,
    ...(raw.tls_ca_file ? { caFile: raw.tls_ca_file } : {}),
    ...(raw.tls_servername ? { servername: raw.tls_servername } : {}),
  };
}

function passwordOf(raw: Raw, env: Env, ctx: z.RefinementCtx): string | undefined {
  if (raw.password !== undefined && raw.password_env !== undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["password_env"],
      message: "set either password or password_env, not both",
    });
    return undefined;
  }
  if (raw.password_env === undefined) return raw.password;
  const fromEnv = env[raw.password_env];
  if (fromEnv === undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["password_env"],
      message: `environment variable ${raw.password_env} is not set`,
    });
  }
  return fromEnv;
}

/** The Redis / Valkey keys of a `[[targets]]` table. */
export function redisConfigSchema(env: Env): z.ZodType<RedisConnection> {
  return z
    .object(shape)
    .strict()
    .transform((raw, ctx): RedisConnection => {
      const password = passwordOf(raw, env, ctx);
      const tls = tlsOf(raw, ctx);
      return {
        host: raw.host,
        port: raw.port,
        db: raw.db,
        ...(raw.username === undefined ? {} : { username: raw.username }),
        ...(password === undefined ? {} : { password }),
        ...(tls ? { tls } : {}),
      };
    });
}

export function redisEndpoint(c: RedisConnection): string {
  return `${c.host}:${c.port}/${c.db}`;
}

/** The ACL user the agent runs as, for fixes it suggests. */
export const aclUser = (c: RedisConnection) => c.username ?? "default";
