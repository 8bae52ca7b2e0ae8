import type { QueryTextMode } from "@logstag/protocol";
import pg from "pg";
import type { Statement } from "../sql.ts";
import type { ConnectOptions, EngineSession } from "../types.ts";
import type { PostgresConnection } from "./config.ts";
import type { Row } from "./map.ts";

const LOCK_TIMEOUT_MS = 1000;

/**
 * Appended to every statement the agent sends, so pg_stat_statements shows the agent's own
 * statements as such and the statements collector leaves them out.
 */
export const AGENT_MARKER = "/* logstag-agent */";

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

/** Backend pids of the agent's open connections, per server: its own sessions are left out by pid. */
const ownPids = new Map<string, Set<number>>();
const serverOf = (c: PostgresConnection) => `${c.host}:${c.port}`;

export interface PostgresSession extends EngineSession {
  /** Accepts only constant statements built with `sql`, never a string; values only as parameters. */
  query(statement: Statement, params?: readonly unknown[]): Promise<Row[]>;
  /** The target's `query_text`. */
  readonly queryText: QueryTextMode;
  readonly statementsTop: number;
  readonly schemaDatabases: number;
  /** The database this session is connected to, and its server as `host:port`. */
  readonly database: string;
  readonly server: string;
  /** The role the agent logs in as. */
  readonly user: string;
  /** Backend pids of every connection the agent holds on this server now. */
  agentPids(): number[];
  /**
   * Runs `work` on a short-lived connection to another database of the same server, with the
   * same role and timeouts; closed afterwards whatever happens.
   */
  inDatabase<T>(database: string, work: (s: PostgresSession) => Promise<T>): Promise<T>;
}

/**
 * The server announces the backend's pid in its startup answer (BackendKeyData); pg keeps it as
 * `processID`, which its type declarations do not list.
 */
function backendPid(client: pg.Client): number | undefined {
  const pid = (client as unknown as { processID?: unknown }).processID;
  return typeof pid === "number" ? pid : undefined;
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
  if (openConnections >= MAX_OPEN_CONNECTIONS) throw new ConnectionCapError();
  openConnections++;
  const server = serverOf(c);
  let pid: number | undefined;
  let closed = false;
  const release = async () => {
    if (closed) return;
    closed = true;
    openConnections--;
    if (pid !== undefined) ownPids.get(server)?.delete(pid);
    await client.end().catch(() => {});
  };
  try {
    await client.connect();
  } catch (error) {
    await release();
    throw error;
  }
  pid = backendPid(client);
  if (pid !== undefined) {
    const pids = ownPids.get(server) ?? new Set<number>();
    pids.add(pid);
    ownPids.set(server, pids);
  }
  // The interval groups of a target share this connection: their statements take turns.
  let queue: Promise<unknown> = Promise.resolve();
  return {
    queryText: c.queryText,
    statementsTop: c.statementsTop,
    schemaDatabases: c.schemaDatabases,
    database: c.database,
    server,
    user: c.user,
    query(statement, params) {
      const text = `${statement.text}\n${AGENT_MARKER}`;
      const run = queue.then(() => client.query<Row>(text, params ? [...params] : undefined));
      queue = run.catch(() => {});
      return run.then((result) => result.rows);
    },
    agentPids: () => [...(ownPids.get(server) ?? [])],
    async inDatabase(database, work) {
      const other = await connectPostgres({ ...c, database }, options);
      try {
        return await work(other);
      } finally {
        await other.close();
      }
    },
    close: release,
  };
}
