import { sql } from "../sql.ts";

/**
 * Server facts for the inventory and the instance metrics, with client backends by state (the
 * agent's own connections, $1 = their pids, left out). Without pg_monitor, other roles' sessions show neither
 * backend_type nor state; those connected to a database count as "unknown".
 */
export const instanceQuery = sql`
  select current_setting('server_version') as server_version,
         version() as version,
         pg_postmaster_start_time() as started_at,
         extract(epoch from now() - pg_postmaster_start_time()) as uptime_seconds,
         pg_is_in_recovery() as in_recovery,
         current_setting('max_connections')::int as max_connections,
         (select json_object_agg(c.state, c.count)
          from (select coalesce(state, 'unknown') as state, count(*) as count
                from pg_stat_activity
                where pid <> all($1::int[])
                  and (backend_type = 'client backend'
                       or (backend_type is null and datname is not null))
                group by 1) c) as connections
`;

/** Cumulative counters per database; the backend turns them into rates. */
export const databaseStatsQuery = sql`
  select datname, numbackends, xact_commit, xact_rollback, blks_read, blks_hit,
         tup_returned, tup_fetched, tup_inserted, tup_updated, tup_deleted,
         conflicts, temp_files, temp_bytes, deadlocks, checksum_failures
  from pg_stat_database
  where datname is not null
  limit 5000
`;

/** The same with the session statistics of 14+ (times in milliseconds). */
export const databaseSessionStatsQuery = sql`
  select datname, numbackends, xact_commit, xact_rollback, blks_read, blks_hit,
         tup_returned, tup_fetched, tup_inserted, tup_updated, tup_deleted,
         conflicts, temp_files, temp_bytes, deadlocks, checksum_failures,
         sessions, sessions_abandoned, sessions_fatal, sessions_killed,
         session_time, active_time, idle_in_transaction_time
  from pg_stat_database
  where datname is not null
  limit 5000
`;

/**
 * Database sizes. pg_database_size fails without CONNECT on the database unless the role reads
 * all statistics, so such databases are skipped (null) rather than failing the whole statement.
 */
export const databaseSizesQuery = sql`
  select datname,
         case when has_database_privilege(oid, 'CONNECT')
                or pg_has_role(current_user, 'pg_read_all_stats', 'member')
              then pg_database_size(oid) end as size_bytes
  from pg_database
  limit 5000
`;

/** Transaction-id and multixact age per database: how close each is to wraparound. */
export const wraparoundQuery = sql`
  select datname, age(datfrozenxid) as xid_age, mxid_age(datminmxid) as mxid_age
  from pg_database
  limit 5000
`;

/** What the connected role may see; superusers are members of every role. */
export const privilegesQuery = sql`
  select current_user as role_name,
         pg_has_role(current_user, 'pg_read_all_stats', 'member') as read_all_stats,
         pg_has_role(current_user, 'pg_read_all_settings', 'member') as read_all_settings
`;

/** Features are told by the views and columns that exist, never by the version number. */
export const featuresQuery = sql`
  select to_regclass('pg_catalog.pg_stat_checkpointer') is not null as checkpointer,
         to_regclass('pg_catalog.pg_stat_wal') is not null as stat_wal,
         to_regclass('pg_catalog.pg_stat_io') is not null as stat_io,
         to_regclass('pg_catalog.pg_stat_subscription_stats') is not null as subscription_stats,
         exists (select from pg_attribute
                 where attrelid = to_regclass('pg_catalog.pg_stat_io')
                   and attname = 'read_bytes') as io_bytes,
         exists (select from pg_attribute
                 where attrelid = to_regclass('pg_catalog.pg_stat_checkpointer')
                   and attname = 'num_done') as checkpointer_done,
         exists (select from pg_attribute
                 where attrelid = to_regclass('pg_catalog.pg_stat_database')
                   and attname = 'sessions') as session_stats,
         exists (select from pg_attribute
                 where attrelid = to_regclass('pg_catalog.pg_stat_database_conflicts')
                   and attname = 'confl_active_logicalslot') as conflict_logical_slot,
         exists (select from pg_attribute
                 where attrelid = to_regclass('pg_catalog.pg_stat_subscription_stats')
                   and attname = 'confl_insert_exists') as subscription_conflicts,
         exists (select from pg_attribute
                 where attrelid = to_regclass('pg_catalog.pg_stat_wal')
                   and attname = 'wal_write') as wal_write,
         exists (select from pg_attribute
                 where attrelid = to_regclass('pg_catalog.pg_locks')
                   and attname = 'waitstart') as lock_waitstart,
         exists (select from pg_attribute
                 where attrelid = to_regclass('pg_catalog.pg_stat_activity')
                   and attname = 'query_id') as query_id
`;
