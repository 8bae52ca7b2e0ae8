import type { Queryable } from "./db.ts";

/**
 * A least-privilege login role for a Logstag agent watching this server: `pg_monitor` only,
 * which grants the statistics views and nothing of the application data.
 */
export async function ensureMonitoringRole(
  db: Queryable,
  role: string,
  password: string,
): Promise<void> {
  const { rows } = await db.query<{ exists: boolean }>(
    "select exists(select 1 from pg_roles where rolname = $1) as exists",
    [role],
  );
  const ident = `"${role.replaceAll('"', '""')}"`;
  const literal = `'${password.replaceAll("'", "''")}'`;
  if (!rows[0]?.exists) await db.query(`create role ${ident} login`);
  await db.query(`alter role ${ident} with login password ${literal}`);
  await db.query(`grant pg_monitor to ${ident}`);
}

/**
 * Lets the monitoring role read the last value of the sequences in the schemas this connection's
 * role owns, so their headroom is evaluated (SELECT on a sequence reads no table rows).
 */
export async function grantSequenceReads(db: Queryable, role: string): Promise<void> {
  const ident = `"${role.replaceAll('"', '""')}"`;
  const { rows } = await db.query<{ schema: string }>(
    `select quote_ident(nspname) as schema from pg_namespace
     where pg_has_role(nspowner, 'USAGE') and nspname not like 'pg\\_%' and nspname <> 'information_schema'`,
  );
  for (const { schema } of rows) {
    await db.query(`grant select on all sequences in schema ${schema} to ${ident}`);
  }
}

/** Query statistics need the extension in the monitored database (the library is preloaded at start). */
export async function ensureStatStatements(db: Queryable): Promise<void> {
  await db.query("create extension if not exists pg_stat_statements");
}
