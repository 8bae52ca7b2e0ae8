import pg from "pg";

export type Db = pg.Pool;
export type Tx = pg.PoolClient;
/** Anything that can run a query: the pool or a transaction's client. */
export type Queryable = Pick<pg.Pool, "query">;

// int8 (counts, bigserial ids) as JS numbers: our values stay far below 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

/**
 * A pool on the store. `statementTimeoutMs` cancels any statement of these connections that runs
 * longer (the request pool sets it, so one slow query cannot hold a connection for ever);
 * migrations and background jobs, which may legitimately run long, use pools without.
 */
export function createDb(
  url: string,
  max = 10,
  opts: { statementTimeoutMs?: number; applicationName?: string } = {},
): Db {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    application_name: opts.applicationName ?? "logstag-backend",
    ...(opts.statementTimeoutMs ? { statement_timeout: opts.statementTimeoutMs } : {}),
  });
  // An idle connection the server closed (restart, shutdown) is dropped and replaced by the pool;
  // without a listener its error would end the process.
  pool.on("error", () => {});
  return pool;
}

/** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
export async function withTransaction<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const client = await db.connect();
  // A connection that dies between two statements (the store restarting) is reported as an
  // 'error' event on the client, which ends the process when nobody listens; the next statement
  // fails anyway, and the broken connection is discarded instead of going back to the pool.
  let lost: Error | undefined;
  const onError = (err: Error) => {
    lost = err;
  };
  client.on("error", onError);
  try {
    await client.query("begin");
    const result = await fn(client);
    await client.query("commit");
    return result;
  } catch (err) {
    await client.query("rollback").catch(() => {});
    throw err;
  } finally {
    client.removeListener("error", onError);
    client.release(lost);
  }
}
