import { sql } from "../sql.ts";

/*
 * $1 in these statements is the int[] of the agent's own backend pids on this server: its
 * sessions are left out by pid, since any client may call itself "logstag-agent".
 */

/**
 * Active sessions by wait event type, and the figures of the activity metrics. Idle sessions and
 * background processes (no state) are left out; walsenders stay "active" while streaming. The
 * "longest" figures count client backends only: autovacuum, parallel and logical replication
 * workers run long by design.
 */
export const activitySummaryQuery = sql`
  select coalesce(wait_event_type, 'CPU') as wait_event_type,
         count(*) filter (where state = 'active') as active,
         count(*) filter (where wait_event_type = 'Lock') as blocked,
         count(*) filter (where state like 'idle in transaction%') as idle_in_transaction,
         max(extract(epoch from now() - xact_start))
           filter (where backend_type = 'client backend') as longest_transaction,
         max(extract(epoch from now() - query_start))
           filter (where state = 'active' and backend_type = 'client backend') as longest_query,
         max(extract(epoch from now() - state_change))
           filter (where state like 'idle in transaction%') as longest_idle_in_transaction
  from pg_stat_activity
  where pid <> all($1::int[])
    and backend_type is distinct from 'walsender'
    and state <> 'idle'
  group by 1
`;

/**
 * The sessions of the sample: every session that is not idle, plus idle ones that block others
 * (session-level advisory locks). pg_blocking_pids takes the lock manager's locks, so it runs
 * only for sessions waiting on a lock, and for at most 200 of them. Those come first, then the
 * oldest transactions.
 */
export const activitySessionsQuery = sql`
  with base as (
    select pid, backend_start, backend_type, state, wait_event_type, wait_event, datname,
           usename, application_name, host(client_addr) as client_addr, client_hostname,
           client_port, xact_start, query_start, state_change, left(query, 4096) as query,
           octet_length(query) >= (select setting::int from pg_settings
                                   where name = 'track_activity_query_size') - 1
             as server_truncated,
           query_id::text as query_id
    from pg_stat_activity
    where pid <> all($1::int[])
      and state is not null
  ),
  waiting as (
    select pid, pg_blocking_pids(pid) as blocked_by
    from base
    where wait_event_type = 'Lock'
    order by coalesce(xact_start, query_start) nulls last
    limit 200
  ),
  s as (
    select base.*, waiting.blocked_by
    from base
    left join waiting on waiting.pid = base.pid
  ),
  blockers as (select distinct unnest(blocked_by) as pid from waiting)
  select s.*, now() as sampled_at
  from s
  where s.state <> 'idle' or s.pid in (select pid from blockers)
  order by s.blocked_by is not null or s.pid in (select pid from blockers) desc,
           coalesce(s.xact_start, s.query_start) nulls last
  limit 1001
`;

/** Same as activitySessionsQuery where pg_stat_activity has no query_id column (before 14). */
export const activitySessionsNoQueryIdQuery = sql`
  with base as (
    select pid, backend_start, backend_type, state, wait_event_type, wait_event, datname,
           usename, application_name, host(client_addr) as client_addr, client_hostname,
           client_port, xact_start, query_start, state_change, left(query, 4096) as query,
           octet_length(query) >= (select setting::int from pg_settings
                                   where name = 'track_activity_query_size') - 1
             as server_truncated,
           null::text as query_id
    from pg_stat_activity
    where pid <> all($1::int[])
      and state is not null
  ),
  waiting as (
    select pid, pg_blocking_pids(pid) as blocked_by
    from base
    where wait_event_type = 'Lock'
    order by coalesce(xact_start, query_start) nulls last
    limit 200
  ),
  s as (
    select base.*, waiting.blocked_by
    from base
    left join waiting on waiting.pid = base.pid
  ),
  blockers as (select distinct unnest(blocked_by) as pid from waiting)
  select s.*, now() as sampled_at
  from s
  where s.state <> 'idle' or s.pid in (select pid from blockers)
  order by s.blocked_by is not null or s.pid in (select pid from blockers) desc,
           coalesce(s.xact_start, s.query_start) nulls last
  limit 1001
`;

/**
 * The locks being waited for; read only when a session waits on a lock. A relation is named only
 * when it lives in the agent's database: a `::regclass` cast would resolve another database's oid
 * against this database's catalog and name the wrong table. Elsewhere the oid is kept, with the
 * database's name.
 */
export const waitingLocksQuery = sql`
  select l.pid, l.mode, l.locktype, l.waitstart,
         case when l.database = (select oid from pg_database where datname = current_database())
              then (select n.nspname || '.' || c.relname
                    from pg_class c
                    join pg_namespace n on n.oid = c.relnamespace
                    where c.oid = l.relation)
              else (select d.datname from pg_database d where d.oid = l.database)
                   || ': oid ' || l.relation::text
         end as relation
  from pg_locks l
  where not l.granted
  order by l.waitstart nulls last, l.pid
  limit 2000
`;

/** Same as waitingLocksQuery where pg_locks has no waitstart column (before 14). */
export const waitingLocksNoWaitstartQuery = sql`
  select l.pid, l.mode, l.locktype, null::timestamptz as waitstart,
         case when l.database = (select oid from pg_database where datname = current_database())
              then (select n.nspname || '.' || c.relname
                    from pg_class c
                    join pg_namespace n on n.oid = c.relnamespace
                    where c.oid = l.relation)
              else (select d.datname from pg_database d where d.oid = l.database)
                   || ': oid ' || l.relation::text
         end as relation
  from pg_locks l
  where not l.granted
  order by l.pid
  limit 2000
`;

/**
 * Prepared transactions: they hold locks with no session (pid 0 in pg_blocking_pids), so a
 * waiter blocked by one would otherwise show no blocker at all.
 */
export const preparedXactsQuery = sql`
  select transaction::text as xid, gid, prepared, owner, database,
         age(transaction) as xid_age
  from pg_prepared_xacts
  order by prepared
  limit 100
`;
