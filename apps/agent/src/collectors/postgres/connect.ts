import pg from "pg";
import type { Statement } from "../sql.ts";
import type { ConnectOptions, EngineSession } from "../types.ts";
import type { PostgresConnection } from "./config.ts";
import type { Row } from "./map.ts";

const LOCK_TIMEOUT_MS = 1000;

export interface PostgresSession extends EngineSession {
  /** Accepts only constant statements built with `sql`, never a string. */
  query(statement: Statement): Promise<Row[]>;
}

function sslOption(mode: PostgresConnection["sslmode"]): pg.ClientConfig["ssl"] {
  if (mode === "disable") return false;
  return { rejectUnauthorized: mode === "verify-full" };
}

/** One connection per target; the statement and lock timeouts travel in the startup packet. */
export async function connectPostgres(
  c: PostgresConnection,
  options: ConnectOptions,
): Promise<PostgresSession> {
  const client = new pg.Client({
    host: c.host,
    port: c.port,
    database: c.database,
    user: c.user,
    password: c.password ?? "",
    ssl: sslOption(c.sslmode),
    application_name: "logstag-agent",
    connectionTimeoutMillis: options.timeoutMs,
    statement_timeout: options.statementTimeoutMs,
    lock_timeout: LOCK_TIMEOUT_MS,
  });
  // A server restart or network drop surfaces here; the next query fails and the scheduler reconnects.
  client.on("error", () => {});
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => {});
    throw error;
  }
  return {
    async query(statement) {
      const result = await client.query<Row>(statement.text);
      return result.rows;
    },
    async close() {
      await client.end().catch(() => {});
    },
  };
}
