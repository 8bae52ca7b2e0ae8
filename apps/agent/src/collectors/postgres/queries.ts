import { sql } from "../sql.ts";

/** Server facts for the inventory and the instance metrics. */
export const instanceQuery = sql`
  select current_setting('server_version') as server_version,
         version() as version,
         pg_postmaster_start_time() as started_at,
         extract(epoch from now() - pg_postmaster_start_time()) as uptime_seconds,
         pg_is_in_recovery() as in_recovery,
         current_setting('max_connections')::int as max_connections
`;

/**
 * Client backends by state, without the agent's own connection. Without pg_monitor, other
 * roles' sessions show neither backend_type nor state; those connected to a database count
 * as "unknown".
 */
export const connectionsByStateQuery = sql`
  select coalesce(state, 'unknown') as state, count(*) as count
  from pg_stat_activity
  where pid <> pg_backend_pid()
    and (backend_type = 'client backend' or (backend_type is null and datname is not null))
  group by 1
`;

/** Cumulative counters per database; the backend turns them into rates. */
export const databaseStatsQuery = sql`
  select datname, numbackends, xact_commit, xact_rollback, blks_read, blks_hit,
         tup_returned, tup_fetched, tup_inserted, tup_updated, tup_deleted,
         conflicts, temp_files, temp_bytes, deadlocks
  from pg_stat_database
  where datname is not null
`;
