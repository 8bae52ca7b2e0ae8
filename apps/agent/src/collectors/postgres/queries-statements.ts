import { sql } from "../sql.ts";

/**
 * pg_stat_statements as this server has it: the columns tell the extension's version (an old
 * extension on a new server keeps its old columns until ALTER EXTENSION … UPDATE), never the
 * server version. The view resolves through the search path, where CREATE EXTENSION put it.
 */
export const statementsFeaturesQuery = sql`
  with cols as (
    select attname from pg_attribute
    where attrelid = to_regclass('pg_stat_statements') and attnum > 0 and not attisdropped
  )
  select to_regclass('pg_stat_statements') is not null as installed,
         (select extversion from pg_extension where extname = 'pg_stat_statements') as version,
         exists (select from cols where attname = 'total_exec_time') as exec_time,
         exists (select from cols where attname = 'toplevel') as toplevel,
         exists (select from cols where attname = 'jit_generation_time') as jit,
         exists (select from cols where attname = 'stats_since') as stats_since,
         to_regclass('pg_stat_statements_info') is not null as info,
         (select setting from pg_settings where name = 'shared_preload_libraries') as preload,
         (select setting from pg_settings where name = 'compute_query_id') as compute_query_id,
         (select setting from pg_settings where name = 'pg_stat_statements.max') as max_entries,
         current_database() as database
`;

/*
 * Counters without query text (showtext := false keeps the text file unread). Rows with a null
 * queryid are other roles' statements hidden from a role without pg_read_all_stats.
 */

/** 1.8 (13): total_exec_time, plans and WAL; no toplevel, no JIT. */
export const statements18Query = sql`
  select queryid::text as queryid, dbid, userid, null::boolean as toplevel,
         calls, total_exec_time, total_plan_time, rows, shared_blks_hit, shared_blks_read,
         temp_blks_written, wal_bytes, blk_read_time as io_read_time, null::float8 as jit_time,
         null::timestamptz as stats_since
  from pg_stat_statements(showtext := false)
  limit 50000
`;

/** 1.9 (14): toplevel and pg_stat_statements_info. */
export const statements19Query = sql`
  select queryid::text as queryid, dbid, userid, toplevel,
         calls, total_exec_time, total_plan_time, rows, shared_blks_hit, shared_blks_read,
         temp_blks_written, wal_bytes, blk_read_time as io_read_time, null::float8 as jit_time,
         null::timestamptz as stats_since
  from pg_stat_statements(showtext := false)
  limit 50000
`;

/** 1.10 (15–16): temp block timings and JIT. */
export const statements110Query = sql`
  select queryid::text as queryid, dbid, userid, toplevel,
         calls, total_exec_time, total_plan_time, rows, shared_blks_hit, shared_blks_read,
         temp_blks_written, wal_bytes, blk_read_time as io_read_time,
         jit_generation_time + jit_inlining_time + jit_optimization_time + jit_emission_time
           as jit_time,
         null::timestamptz as stats_since
  from pg_stat_statements(showtext := false)
  limit 50000
`;

/** 1.11 (17) and 1.12 (18): shared_blk_*_time and stats_since (per-entry resets). */
export const statements111Query = sql`
  select queryid::text as queryid, dbid, userid, toplevel,
         calls, total_exec_time, total_plan_time, rows, shared_blks_hit, shared_blks_read,
         temp_blks_written, wal_bytes, shared_blk_read_time as io_read_time,
         jit_generation_time + jit_inlining_time + jit_optimization_time + jit_emission_time
           as jit_time,
         stats_since
  from pg_stat_statements(showtext := false)
  limit 50000
`;

/** Evictions and the last global reset (1.9+). */
export const statementsInfoQuery = sql`
  select dealloc, stats_reset from pg_stat_statements_info
`;

/**
 * Texts of the entries not reported before, with their database and user: $1 is a text[] of
 * `queryid/dbid/userid`. Reads the query text file once.
 */
export const statementTextsQuery = sql`
  select s.queryid::text as queryid, s.dbid, s.userid, s.toplevel, left(s.query, 8192) as query,
         d.datname, r.rolname
  from pg_stat_statements(showtext := true) s
  left join pg_database d on d.oid = s.dbid
  left join pg_roles r on r.oid = s.userid
  where s.queryid::text || '/' || s.dbid::text || '/' || s.userid::text = any($1::text[])
  limit 2000
`;

/** Same as statementTextsQuery for 1.8, which has no toplevel column. */
export const statementTexts18Query = sql`
  select s.queryid::text as queryid, s.dbid, s.userid, null::boolean as toplevel,
         left(s.query, 8192) as query, d.datname, r.rolname
  from pg_stat_statements(showtext := true) s
  left join pg_database d on d.oid = s.dbid
  left join pg_roles r on r.oid = s.userid
  where s.queryid::text || '/' || s.dbid::text || '/' || s.userid::text = any($1::text[])
  limit 2000
`;
