import type { Queryable } from "./db.ts";
import { PARTITIONED_TABLES } from "./partitioned-tables.ts";

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;
const literal = (s: string) => `'${s.replaceAll("'", "''")}'`;

/**
 * Gives the role the backend serves requests as exactly what it needs, run by the role that owns
 * the schema (after migrations, on every start, so new tables are covered):
 * - reads and writes of the tables, but only SELECT and INSERT on the audit log, and only SELECT
 *   on the migration history: it cannot change or remove a record, nor drop the trigger that
 *   guards them (only the owner can);
 * - ownership of the time-partitioned tables and their partitions, because adding a day's
 *   partition on the ingest path (ATTACH PARTITION) requires owning the parent table.
 * With `password`, the role is created (or its password set) first; that needs CREATEROLE.
 */
export async function prepareAppRole(
  db: Queryable,
  role: string,
  password?: string,
): Promise<void> {
  const r = ident(role);
  if (password !== undefined) {
    const { rows } = await db.query("select 1 from pg_roles where rolname = $1", [role]);
    if (rows.length === 0) await db.query(`create role ${r} login`);
    await db.query(`alter role ${r} with login password ${literal(password)}`);
  }
  await db.query(`grant usage, create on schema public to ${r}`);
  await db.query(`grant select, insert, update, delete on all tables in schema public to ${r}`);
  await db.query(`grant usage, select on all sequences in schema public to ${r}`);
  await db.query(`revoke all on audit_log, schema_migrations from ${r}`);
  await db.query(`grant select, insert on audit_log to ${r}`);
  await db.query(`grant select on schema_migrations to ${r}`);
  // Only what another role owns: ALTER OWNER locks the table, and other replicas may be writing.
  const { rows } = await db.query<{ name: string }>(
    `select c.relname as name from pg_class c
      where c.relowner <> (select oid from pg_roles where rolname = $2)
        and (c.oid = any($1::regclass[])
             or c.oid in (select i.inhrelid from pg_inherits i where i.inhparent = any($1::regclass[])))`,
    [PARTITIONED_TABLES.map((t) => t.table), role],
  );
  for (const { name } of rows) await db.query(`alter table ${ident(name)} owner to ${r}`);
}

/** The user name in a PostgreSQL connection string. */
export function roleOf(databaseUrl: string): string {
  return decodeURIComponent(new URL(databaseUrl).username);
}
