import { QUERY_TEXT_MODES, type QueryTextMode } from "@logstag/protocol";
import { z } from "zod";
import type { Env } from "../types.ts";

export const SSL_MODES = ["disable", "require", "verify-full"] as const;

export interface PostgresConnection {
  host: string;
  port: number;
  database: string;
  user: string;
  password?: string;
  sslmode: (typeof SSL_MODES)[number];
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
  sslmode: z
    .enum(SSL_MODES, { error: `expected one of ${SSL_MODES.join(", ")}` })
    .default("disable"),
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
      const rest = {
        ...base,
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
