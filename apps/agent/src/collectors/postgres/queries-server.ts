import { sql } from "../sql.ts";

/**
 * pg_stat_checkpointer exists (17+): checkpoints moved there out of pg_stat_bgwriter, and a
 * standby's restartpoints got counters of their own.
 */
export const checkpointerQuery = sql`
  select c.num_timed, c.num_requested, c.write_time, c.sync_time, c.buffers_written,
         c.restartpoints_timed, c.restartpoints_req, c.restartpoints_done,
         b.buffers_clean, b.maxwritten_clean, b.buffers_alloc
  from pg_stat_checkpointer c
  cross join pg_stat_bgwriter b
`;

/** 18+ also counts the checkpoints completed (num_timed counts skipped ones) and SLRU writes. */
export const checkpointerDoneQuery = sql`
  select c.num_timed, c.num_requested, c.num_done, c.write_time, c.sync_time,
         c.buffers_written, c.slru_written,
         c.restartpoints_timed, c.restartpoints_req, c.restartpoints_done,
         b.buffers_clean, b.maxwritten_clean, b.buffers_alloc
  from pg_stat_checkpointer c
  cross join pg_stat_bgwriter b
`;

/**
 * Before pg_stat_checkpointer, pg_stat_bgwriter held both, and the writes backends did
 * themselves (13–16; 17 left them to pg_stat_io).
 */
export const bgwriterQuery = sql`
  select checkpoints_timed as num_timed, checkpoints_req as num_requested,
         checkpoint_write_time as write_time, checkpoint_sync_time as sync_time,
         buffers_checkpoint as buffers_written, buffers_clean, maxwritten_clean, buffers_alloc,
         buffers_backend, buffers_backend_fsync
  from pg_stat_bgwriter
`;

/** pg_stat_wal (14+). Its write and sync counters moved to pg_stat_io in 18; these stayed. */
export const walStatsQuery = sql`
  select wal_bytes, wal_records, wal_fpi, wal_buffers_full
  from pg_stat_wal
`;

/** pg_stat_wal with its write and sync counters and timings (14–17). */
export const walStatsWriteQuery = sql`
  select wal_bytes, wal_records, wal_fpi, wal_buffers_full,
         wal_write, wal_sync, wal_write_time, wal_sync_time
  from pg_stat_wal
`;

/** Without pg_stat_wal, the WAL position grows by the WAL generated (primary only). */
export const walPositionQuery = sql`
  select pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0') as wal_bytes
`;

export const recoveryQuery = sql`
  select pg_is_in_recovery() as in_recovery
`;

/**
 * pg_stat_io with op_bytes (16–17): bytes are operations times the unit each counts in.
 * One row per backend type, object and context; timings stay 0 unless track_io_timing is on.
 */
export const ioOpBytesQuery = sql`
  select backend_type, object, context,
         reads, reads * op_bytes as read_bytes, read_time,
         writes, writes * op_bytes as write_bytes, write_time,
         writebacks, writebacks * op_bytes as writeback_bytes, writeback_time,
         extends, extends * op_bytes as extend_bytes, extend_time,
         hits, evictions, reuses, fsyncs, fsync_time
  from pg_stat_io
  limit 500
`;

/** pg_stat_io with byte columns (18+), which also covers WAL I/O. */
export const ioBytesQuery = sql`
  select backend_type, object, context,
         reads, read_bytes, read_time,
         writes, write_bytes, write_time,
         writebacks, writeback_time,
         extends, extend_bytes, extend_time,
         hits, evictions, reuses, fsyncs, fsync_time
  from pg_stat_io
  limit 500
`;

/**
 * Standbys streaming from a primary, with the slot each streams through (if any): every
 * standby's application_name defaults to 'walreceiver', so the slot or pid tells them apart.
 * pg_current_wal_lsn fails on a standby, so primaries only.
 */
export const replicationQuery = sql`
  select r.pid, r.application_name, host(r.client_addr) as client_addr, r.state,
         s.slot_name,
         pg_wal_lsn_diff(pg_current_wal_lsn(), r.replay_lsn) as lag_bytes,
         extract(epoch from r.write_lag) as write_lag,
         extract(epoch from r.flush_lag) as flush_lag,
         extract(epoch from r.replay_lag) as replay_lag
  from pg_stat_replication r
  left join pg_replication_slots s on s.active_pid = r.pid
  limit 500
`;

/** Replication slots and the WAL each keeps, on a primary. */
export const slotsQuery = sql`
  select slot_name, slot_type, active, wal_status, safe_wal_size,
         pg_wal_lsn_diff(pg_current_wal_lsn(), restart_lsn) as retained_wal
  from pg_replication_slots
  limit 500
`;

/** On a standby (a cascading one, or one keeping slots for failover) from the WAL received. */
export const standbySlotsQuery = sql`
  select slot_name, slot_type, active, wal_status, safe_wal_size,
         pg_wal_lsn_diff(coalesce(pg_last_wal_receive_lsn(), pg_last_wal_replay_lsn()),
                         restart_lsn) as retained_wal
  from pg_replication_slots
  limit 500
`;

/**
 * On a standby: the WAL receiver and how far replay is behind. Without pg_read_all_stats the
 * receiver's row shows only its pid, so the pid tells "hidden" apart from "not running".
 */
export const standbyQuery = sql`
  select (select pid from pg_stat_wal_receiver limit 1) as receiver_pid,
         (select status from pg_stat_wal_receiver limit 1) as receiver_status,
         extract(epoch from now() - pg_last_xact_replay_timestamp()) as replay_lag,
         pg_wal_lsn_diff(pg_last_wal_receive_lsn(), pg_last_wal_replay_lsn()) as replay_lag_bytes
`;

/**
 * Running VACUUMs and ANALYZEs. A relation is named only in the agent's database (a `::regclass`
 * cast would resolve another database's oid against this catalog); elsewhere its oid is kept.
 */
export const progressQuery = sql`
  with p as (
    select pid, 'vacuum' as command, datid, datname, relid, phase,
           heap_blks_total as blocks_total, heap_blks_scanned as blocks_done
    from pg_stat_progress_vacuum
    union all
    select pid, 'analyze' as command, datid, datname, relid, phase,
           sample_blks_total as blocks_total, sample_blks_scanned as blocks_done
    from pg_stat_progress_analyze
  )
  select p.pid, p.command, p.datname, p.phase, p.blocks_total, p.blocks_done,
         case when p.datid = (select oid from pg_database where datname = current_database())
              then (select n.nspname || '.' || c.relname
                    from pg_class c
                    join pg_namespace n on n.oid = c.relnamespace
                    where c.oid = p.relid)
              else 'oid ' || p.relid::text
         end as relation,
         a.backend_type = 'autovacuum worker' as autovacuum, a.xact_start as started_at
  from p
  left join pg_stat_activity a on a.pid = p.pid
  limit 501
`;
