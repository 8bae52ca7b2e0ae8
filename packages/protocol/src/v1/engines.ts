import { z } from "zod";

/** Every engine Logstag knows. Adding one here makes every `Record<EngineKind, …>` fail to compile until it is handled. */
export const ENGINE_KINDS = [
  "postgres",
  "sqlserver",
  "mongodb",
  "redis",
  "valkey",
  "oracle",
  "mysql",
] as const;

export type EngineKind = (typeof ENGINE_KINDS)[number];

export const engineKindSchema = z.enum(ENGINE_KINDS, {
  error: (issue) =>
    `unknown engine ${JSON.stringify(issue.input)}; expected one of ${ENGINE_KINDS.join(", ")}`,
});

export const ENGINE_LABELS = {
  postgres: "PostgreSQL",
  sqlserver: "SQL Server",
  mongodb: "MongoDB",
  redis: "Redis",
  valkey: "Valkey",
  oracle: "Oracle",
  mysql: "MySQL / MariaDB",
} as const satisfies Record<EngineKind, string>;
