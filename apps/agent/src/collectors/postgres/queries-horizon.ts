import { sql } from "../sql.ts";

/**
 * What holds back the xmin horizon (vacuum cannot remove rows newer than it), as the age in
 * transactions of the oldest xmin of each kind of holder. Without pg_read_all_stats other roles'
 * sessions show no xmin.
 */
export const xminHorizonQuery = sql`
  select (select max(greatest(age(backend_xmin), age(backend_xid)))
          from pg_stat_activity
          where backend_xmin is not null or backend_xid is not null) as backends,
         (select max(greatest(age(xmin), age(catalog_xmin)))
          from pg_replication_slots) as slots,
         (select max(age(transaction)) from pg_prepared_xacts) as prepared_xacts,
         (select max(age(backend_xmin))
          from pg_stat_replication
          where backend_xmin is not null) as standbys
`;

/** WAL archiving: counts, and how long ago the last success and the last failure were. */
export const archiverQuery = sql`
  select archived_count, failed_count,
         extract(epoch from now() - last_archived_time) as last_archived_age,
         extract(epoch from now() - last_failed_time) as last_failed_age,
         coalesce(last_failed_time > last_archived_time, last_failed_time is not null)
           as failing
  from pg_stat_archiver
`;

/** Queries a standby cancelled, per database and cause (13–18 share these columns). */
export const conflictsQuery = sql`
  select datname, confl_tablespace, confl_lock, confl_snapshot, confl_bufferpin, confl_deadlock
  from pg_stat_database_conflicts
  where datname is not null
  limit 5000
`;

/** 16+ also count logical slots invalidated on a standby. */
export const conflictsLogicalSlotQuery = sql`
  select datname, confl_tablespace, confl_lock, confl_snapshot, confl_bufferpin, confl_deadlock,
         confl_active_logicalslot
  from pg_stat_database_conflicts
  where datname is not null
  limit 5000
`;
