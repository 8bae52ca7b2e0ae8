import { sql } from "../sql.ts";

/**
 * Active sessions by wait event type, and the figures of the activity metrics. Idle sessions and
 * background processes (no state) are left out; walsenders stay "active" while streaming.
 */
export const activitySummaryQuery = sql`
  select coalesce(wait_event_type, 'CPU') as wait_event_type,
         count(*) filter (where state = 'active') as active,
         count(*) filter (where wait_event_type = 'Lock') as blocked,
         count(*) filter (where state like 'idle in transaction%') as idle_in_transaction,
         max(extract(epoch from now() - xact_start)) as longest_transaction,
         max(extract(epoch from now() - query_start))
           filter (where state = 'active') as longest_query,
         max(extract(epoch from now() - state_change))
           filter (where state like 'idle in transaction%') as longest_idle_in_transaction
  from pg_stat_activity
  where pid <> pg_backend_pid()
    and application_name is distinct from 'logstag-agent'
    and backend_type is distinct from 'walsender'
    and state <> 'idle'
  group by 1
`;

/**
 * The sessions of the sample: every session that is not idle, plus idle ones that block others
 * (session-level advisory locks). pg_blocking_pids takes the lock manager's locks, so it runs
 * only for sessions waiting on a lock. Those come first, then the oldest transactions.
 */
export const activitySessionsQuery = sql`
  with s as (
    select pid, backend_start, backend_type, state, wait_event_type, wait_event, datname,
           usename, application_name, host(client_addr) as client_addr, client_hostname,
           client_port, xact_start, query_start, state_change, left(query, 4096) as query,
           octet_length(query) >= (select setting::int from pg_settings
                                   where name = 'track_activity_query_size') - 1
             as server_truncated,
           query_id::text as query_id,
           case when wait_event_type = 'Lock' then pg_blocking_pids(pid) end as blocked_by
    from pg_stat_activity
    where pid <> pg_backend_pid()
      and application_name is distinct from 'logstag-agent'
      and state is not null
  ),
  blockers as (select distinct unnest(blocked_by) as pid from s)
  select s.*, now() as sampled_at
  from s
  where s.state <> 'idle' or s.pid in (select pid from blockers)
  order by s.blocked_by is not null or s.pid in (select pid from blockers) desc,
           coalesce(s.xact_start, s.query_start) nulls last
  limit 1001
`;

/** Same as activitySessionsQuery where pg_stat_activity has no query_id column (before 14). */
export const activitySessionsNoQueryIdQuery = sql`
  with s as (
    select pid, backend_start, backend_type, state, wait_event_type, wait_event, datname,
           usename, application_name, host(client_addr) as client_addr, client_hostname,
           client_port, xact_start, query_start, state_change, left(query, 4096) as query,
           octet_length(query) >= (select setting::int from pg_settings
                                   where name = 'track_activity_query_size') - 1
             as server_truncated,
           null::text as query_id,
           case when wait_event_type = 'Lock' then pg_blocking_pids(pid) end as blocked_by
    from pg_stat_activity
    where pid <> pg_backend_pid()
      and application_name is distinct from 'logstag-agent'
      and state is not null
  ),
  blockers as (select distinct unnest(blocked_by) as pid from s)
  select s.*, now() as sampled_at
  from s
  where s.state <> 'idle' or s.pid in (select pid from blockers)
  order by s.blocked_by is not null or s.pid in (select pid from blockers) desc,
           coalesce(s.xact_start, s.query_start) nulls last
  limit 1001
`;

/** The locks being waited for; read only when a session waits on a lock. */
export const waitingLocksQuery = sql`
  select pid, mode, locktype, relation::regclass::text as relation, waitstart
  from pg_locks
  where not granted
  limit 2000
`;

/** Same as waitingLocksQuery where pg_locks has no waitstart column (before 14). */
export const waitingLocksNoWaitstartQuery = sql`
  select pid, mode, locktype, relation::regclass::text as relation, null::timestamptz as waitstart
  from pg_locks
  where not granted
  limit 2000
`;
