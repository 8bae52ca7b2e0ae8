import type { TestPostgres } from "@logstag/test-support";
import type { TargetConfig } from "../src/config/agent-config.ts";

/** A PostgreSQL target as the config loader would produce it, with fast intervals for tests. */
export function postgresTarget(
  name: string,
  server: Pick<TestPostgres, "host" | "port" | "user" | "password">,
  overrides: {
    user?: string;
    password?: string;
    port?: number;
    collectorTimeoutMs?: number;
    intervalMs?: number;
    database?: string;
    queryText?: "normalized" | "raw" | "none";
  } = {},
): TargetConfig {
  const port = overrides.port ?? server.port;
  const intervalMs = overrides.intervalMs ?? 60_000;
  return {
    name,
    engine: "postgres",
    enabled: true,
    intervalsMs: { high: intervalMs, medium: intervalMs, low: intervalMs, schema: intervalMs },
    collectorTimeoutMs: overrides.collectorTimeoutMs ?? 5000,
    connection: {
      host: server.host,
      port,
      database: overrides.database ?? "postgres",
      user: overrides.user ?? server.user,
      password: overrides.password ?? server.password,
      sslmode: "disable",
      queryText: overrides.queryText ?? "normalized",
      statementsTop: 100,
      schemaDatabases: 50,
    },
    endpoint: `${server.host}:${port}/${overrides.database ?? "postgres"}`,
  };
}
