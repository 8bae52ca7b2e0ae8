import { existsSync } from "node:fs";
import { QUERY_TEXT_MODES, type QueryTextMode } from "@logstag/protocol";
import { z } from "zod";
import { isLoopbackHost } from "../../config/loopback.ts";
import type { Env } from "../types.ts";

/** libpq's names: require encrypts only; verify-ca also checks the CA; verify-full also the host name. */
export const SSL_MODES = ["disable", "require", "verify-ca", "verify-full"] as const;

export interface PostgresConnection {
  host: string;
  port: number;
  database: string;
  user: string;
  password?: string;
  sslmode: (typeof SSL_MODES)[number];
  /** PEM file of the CA(s) that signed the server certificate; the system's CAs when unset. */
  sslrootcert?: string;
  /** Query text the agent sends: normalized (literals replaced, the default), raw, or none. */
  queryText: QueryTextMode;
  /** pg_stat_statements entries reported by name each minute; the rest add up to `other`. */
  statementsTop: number;
  /** Databases whose catalogs the schema collector reads per run (largest first). */
  schemaDatabases: number;
}

const shape = {
  host: z.string().min(1, "expected a host name or address"),
  port: z
    .number({ error: "expected an integer between 1 and 65535" })
    .int("expected an integer between 1 and 65535")
    .min(1, "expected an integer between 1 and 65535")
    .max(65535, "expected an integer between 1 and 65535")
    .default(5432),
  database: z.string().min(1).default("postgres"),
  user: z.string().min(1, "expected the role the agent connects as"),
  password: z.string().optional(),
  password_env: z.string().min(1).optional(),
  // Unset: verified TLS for a remote host, plain on loopback or a Unix socket (see the transform).
  sslmode: z.enum(SSL_MODES, { error: `expected one of ${SSL_MODES.join(", ")}` }).optional(),
  sslrootcert: z.string().min(1).optional(),
  query_text: z
    .enum(QUERY_TEXT_MODES, { error: `expected one of ${QUERY_TEXT_MODES.join(", ")}` })
    .default("normalized"),
  statements_top: z.number().int().min(10).max(500).default(100),
  schema_databases: z.number().int().min(1).max(500).default(50),
};

/** The PostgreSQL keys of a `[[targets]]` table. A password is optional (trust, peer). */
export function postgresConfigSchema(env: Env): z.ZodType<PostgresConnection> {
  return z
    .object(shape)
    .strict()
    .transform((raw, ctx): PostgresConnection => {
      const { password_env, password, query_text, statements_top, schema_databases, ...base } = raw;
      const sslmode = base.sslmode ?? (isLoopbackHost(base.host) ? "disable" : "verify-full");
      if (base.sslrootcert !== undefined && (sslmode === "disable" || sslmode === "require")) {
        ctx.addIssue({
          code: "custom",
          path: ["sslrootcert"],
          message: `sslrootcert is only used with sslmode = "verify-ca" or "verify-full" (sslmode is "${sslmode}")`,
        });
      }
      if (base.sslrootcert !== undefined && !existsSync(base.sslrootcert)) {
        ctx.addIssue({
          code: "custom",
          path: ["sslrootcert"],
          message: `file ${base.sslrootcert} not found`,
        });
      }
      const rest = {
        ...base,
        sslmode,
        queryText: query_text,
        statementsTop: statements_top,
        schemaDatabases: schema_databases,
      };
      if (password !== undefined && password_env !== undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["password_env"],
          message: "set either password or password_env, not both",
        });
        return rest;
      }
      if (password_env === undefined) return password === undefined ? rest : { ...rest, password };
      const fromEnv = env[password_env];
      if (fromEnv === undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["password_env"],
          message: `environment variable ${password_env} is not set`,
        });
        return rest;
      }
      return { ...rest, password: fromEnv };
    });
}

export function postgresEndpoint(c: PostgresConnection): string {
  return `${c.host}:${c.port}/${c.database}`;
}
