import type { MetricSample, PostgresProgress, Snapshot } from "@logstag/protocol";
import { columnSamples, isoOrNull, numberOrNull, type Row, textOrNull, toNumber } from "./map.ts";

function perDatabase(rows: readonly Row[], columns: Record<string, string>): MetricSample[] {
  return rows.flatMap((row) =>
    typeof row.datname === "string" ? columnSamples(row, columns, { database: row.datname }) : [],
  );
}

export const mapDatabaseSizes = (rows: readonly Row[]) =>
  perDatabase(rows, { size_bytes: "postgres.database.size" });

export const mapWraparound = (rows: readonly Row[]) =>
  perDatabase(rows, {
    xid_age: "postgres.database.xid_age",
    mxid_age: "postgres.database.mxid_age",
  });

/** `a + b`, where a missing `b` (a version without that counter) counts as nothing. */
function plus(a: unknown, b: unknown): number | undefined {
  const x = toNumber(a);
  return x === undefined ? undefined : x + (toNumber(b) ?? 0);
}

/**
 * The checkpointer and background writer, from pg_stat_checkpointer (17+) or pg_stat_bgwriter.
 * Up to 16 a standby counted its restartpoints as checkpoints; 17 split them out. The checkpoint
 * counts keep the old meaning (checkpoints plus restartpoints) so series stay comparable across
 * an upgrade, and 17+ also report the restartpoints on their own.
 */
export function mapCheckpointer(row: Row | undefined): MetricSample[] {
  if (!row) return [];
  const combined = {
    ...row,
    num_timed: plus(row.num_timed, row.restartpoints_timed),
    num_requested: plus(row.num_requested, row.restartpoints_req),
    num_done: plus(row.num_done, row.restartpoints_done),
  };
  return columnSamples(combined, {
    num_timed: "postgres.checkpointer.timed",
    num_requested: "postgres.checkpointer.requested",
    num_done: "postgres.checkpointer.done",
    restartpoints_timed: "postgres.checkpointer.restartpoints_timed",
    restartpoints_req: "postgres.checkpointer.restartpoints_requested",
    restartpoints_done: "postgres.checkpointer.restartpoints_done",
    slru_written: "postgres.checkpointer.slru_written",
    write_time: "postgres.checkpointer.write_time",
    sync_time: "postgres.checkpointer.sync_time",
    buffers_written: "postgres.checkpointer.buffers_written",
    buffers_clean: "postgres.bgwriter.buffers_clean",
    maxwritten_clean: "postgres.bgwriter.maxwritten_clean",
    buffers_alloc: "postgres.bgwriter.buffers_alloc",
    buffers_backend: "postgres.bgwriter.buffers_backend",
    buffers_backend_fsync: "postgres.bgwriter.buffers_backend_fsync",
  });
}

export const mapWal = (row: Row | undefined) =>
  columnSamples(row, {
    wal_bytes: "postgres.wal.bytes",
    wal_records: "postgres.wal.records",
    wal_fpi: "postgres.wal.fpi",
    wal_buffers_full: "postgres.wal.buffers_full",
    wal_write: "postgres.wal.write",
    wal_sync: "postgres.wal.sync",
    wal_write_time: "postgres.wal.write_time",
    wal_sync_time: "postgres.wal.sync_time",
  });

const IO_COLUMNS = {
  reads: "postgres.io.reads",
  read_bytes: "postgres.io.read_bytes",
  read_time: "postgres.io.read_time",
  writes: "postgres.io.writes",
  write_bytes: "postgres.io.write_bytes",
  write_time: "postgres.io.write_time",
  writebacks: "postgres.io.writebacks",
  writeback_bytes: "postgres.io.writeback_bytes",
  writeback_time: "postgres.io.writeback_time",
  extends: "postgres.io.extends",
  extend_bytes: "postgres.io.extend_bytes",
  extend_time: "postgres.io.extend_time",
  hits: "postgres.io.hits",
  evictions: "postgres.io.evictions",
  reuses: "postgres.io.reuses",
  fsyncs: "postgres.io.fsyncs",
  fsync_time: "postgres.io.fsync_time",
};

/**
 * pg_stat_io by backend type, object and context; combinations that never did any I/O are left
 * out. NULL columns (an operation a combination cannot do) are skipped.
 */
export function mapIo(rows: readonly Row[]): MetricSample[] {
  return rows.flatMap((row) => {
    const backendType = textOrNull(row.backend_type, 200);
    const object = textOrNull(row.object, 200);
    const context = textOrNull(row.context, 200);
    if (!backendType || !object || !context) return [];
    const labels = { backend_type: backendType, object, context };
    const samples = columnSamples(row, IO_COLUMNS, labels);
    return samples.some((s) => s.value > 0) ? samples : [];
  });
}

/**
 * pg_stat_replication on a primary: one set of lag figures per standby. `standby` keeps standbys
 * with the same default name apart: their slot, which survives reconnects, else the walsender.
 */
export function mapReplication(rows: readonly Row[]): MetricSample[] {
  const samples: MetricSample[] = [{ name: "postgres.replication.standbys", value: rows.length }];
  for (const row of rows) {
    const applicationName = textOrNull(row.application_name, 200) ?? "";
    const clientAddr = textOrNull(row.client_addr, 200) ?? "local";
    const slot = textOrNull(row.slot_name, 200);
    const labels = {
      application_name: applicationName,
      client_addr: clientAddr,
      standby: slot
        ? `slot ${slot}`
        : `${applicationName}@${clientAddr} pid ${toNumber(row.pid) ?? "?"}`,
    };
    samples.push(
      ...columnSamples(
        row,
        {
          lag_bytes: "postgres.replication.lag_bytes",
          write_lag: "postgres.replication.write_lag",
          flush_lag: "postgres.replication.flush_lag",
          replay_lag: "postgres.replication.replay_lag",
        },
        labels,
      ),
    );
  }
  return samples;
}

/** pg_replication_slots.wal_status, worst last: a slot past `unreserved` may lose its WAL. */
const WAL_STATUS: Record<string, number> = { reserved: 0, extended: 1, unreserved: 2, lost: 3 };

export function mapSlots(rows: readonly Row[]): MetricSample[] {
  return rows.flatMap((row) => {
    const slot = textOrNull(row.slot_name, 200);
    if (!slot) return [];
    const labels = { slot, slot_type: textOrNull(row.slot_type, 200) ?? "" };
    const samples = columnSamples(
      row,
      {
        retained_wal: "postgres.replication.slot.retained_wal",
        safe_wal_size: "postgres.replication.slot.safe_wal_size",
      },
      labels,
    );
    samples.push({
      name: "postgres.replication.slot.active",
      value: row.active === true ? 1 : 0,
      labels,
    });
    const walStatus = WAL_STATUS[String(row.wal_status)];
    if (walStatus !== undefined) {
      samples.push({ name: "postgres.replication.slot.wal_status", value: walStatus, labels });
    }
    return samples;
  });
}

/** The WAL receiver runs but its status is hidden from a role without pg_read_all_stats. */
export const receiverHidden = (row: Row | undefined): boolean =>
  row !== undefined && toNumber(row.receiver_pid) !== undefined && row.receiver_status == null;

/**
 * On a standby. A lag that cannot be computed yet (nothing replayed) is left out, and so is the
 * receiver's state when it is hidden: unknown, not disconnected.
 */
export function mapStandby(row: Row | undefined): MetricSample[] {
  if (!row) return [];
  const connected = row.receiver_status === "streaming" ? 1 : 0;
  const lagBytes = toNumber(row.replay_lag_bytes);
  // The last replayed commit ages while the primary is idle; having replayed all it received,
  // the standby is not behind.
  const lagSeconds = lagBytes !== undefined && lagBytes <= 0 ? 0 : toNumber(row.replay_lag);
  return [
    ...(receiverHidden(row)
      ? []
      : [{ name: "postgres.standby.receiver_connected", value: connected }]),
    ...(lagSeconds === undefined
      ? []
      : [{ name: "postgres.standby.replay_lag", value: Math.max(0, lagSeconds) }]),
    ...(lagBytes === undefined
      ? []
      : [{ name: "postgres.standby.replay_lag_bytes", value: Math.max(0, lagBytes) }]),
  ];
}

/** Running VACUUM / ANALYZE: a count per database and command, and the rows. */
export function mapProgress(rows: readonly Row[]): { metrics: MetricSample[]; snapshot: Snapshot } {
  const max = 500;
  const counts = new Map<string, { vacuum: number; analyze: number }>();
  const progress: PostgresProgress[] = [];
  for (const row of rows) {
    const pid = toNumber(row.pid);
    const command = row.command === "analyze" ? "analyze" : "vacuum";
    const database = textOrNull(row.datname);
    if (pid === undefined) continue;
    const count = counts.get(database ?? "") ?? { vacuum: 0, analyze: 0 };
    count[command]++;
    counts.set(database ?? "", count);
    if (progress.length >= max) continue;
    progress.push({
      pid,
      command,
      database,
      relation: textOrNull(row.relation),
      phase: textOrNull(row.phase),
      blocksTotal: numberOrNull(row.blocks_total),
      blocksDone: numberOrNull(row.blocks_done),
      autovacuum: row.autovacuum === true,
      startedAt: isoOrNull(row.started_at),
    });
  }
  const metrics = [...counts].flatMap(([database, c]) => [
    { name: "postgres.progress.vacuum", value: c.vacuum, labels: { database } },
    { name: "postgres.progress.analyze", value: c.analyze, labels: { database } },
  ]);
  return {
    metrics,
    snapshot: { kind: "postgres.progress", rows: progress, truncated: rows.length > max },
  };
}
