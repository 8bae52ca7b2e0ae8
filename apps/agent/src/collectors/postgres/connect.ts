import pg from "pg";
import type { Statement } from "../sql.ts";
import type { ConnectOptions, EngineSession } from "../types.ts";
import type { PostgresConnection } from "./config.ts";
import type { Row } from "./map.ts";

const LOCK_TIMEOUT_MS = 1000;

/**
 * At most this many PostgreSQL connections are open in the agent at once, whatever the
 * configuration says: each target holds one, and a target that cannot get one fails to connect
 * rather than adding load to the servers.
 */
export const MAX_OPEN_CONNECTIONS = 64;
let openConnections = 0;

export class ConnectionCapError extends Error {
  readonly code = "LOGSTAG_CONNECTION_CAP";
  constructor() {
    super(
      `the agent already holds ${MAX_OPEN_CONNECTIONS} PostgreSQL connections, its limit; not opening another`,
    );
  }
}

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
    // Read-only at run time too: a statement that slipped past the allowlist still cannot write.
    options: "-c default_transaction_read_only=on",
  });
  // A server restart or network drop arrives as an event; pg then refuses every later query
  // ("not queryable"), so the session reports itself unusable and the scheduler reconnects.
  let broken = false;
  client.on("error", () => {
    broken = true;
  });
  client.on("end", () => {
    broken = true;
  });
  if (openConnections >= MAX_OPEN_CONNECTIONS) throw new ConnectionCapError();
  openConnections++;
  let closed = false;
  const release = async () => {
    if (closed) return;
    closed = true;
    openConnections--;
    await client.end().catch(() => {});
  };
  try {
    await client.connect();
  } catch (error) {
    await release();
    throw error;
  }
  // The interval groups of a target share this connection: their statements take turns.
  let queue: Promise<unknown> = Promise.resolve();
  return {
    query(statement) {
      const run = queue.then(() => client.query<Row>(statement.text));
      queue = run.catch(() => {});
      return run.then((result) => result.rows);
    },
    usable: () => !broken && !closed,
    close: release,
  };
}
