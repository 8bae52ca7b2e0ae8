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

/** checkpointerQuery and bgwriterQuery answer with the same columns. */
export const mapCheckpointer = (row: Row | undefined) =>
  columnSamples(row, {
    num_timed: "postgres.checkpointer.timed",
    num_requested: "postgres.checkpointer.requested",
    write_time: "postgres.checkpointer.write_time",
    sync_time: "postgres.checkpointer.sync_time",
    buffers_written: "postgres.checkpointer.buffers_written",
    buffers_clean: "postgres.bgwriter.buffers_clean",
    maxwritten_clean: "postgres.bgwriter.maxwritten_clean",
    buffers_alloc: "postgres.bgwriter.buffers_alloc",
    buffers_backend: "postgres.bgwriter.buffers_backend",
    buffers_backend_fsync: "postgres.bgwriter.buffers_backend_fsync",
  });

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
  writes: "postgres.io.writes",
  write_bytes: "postgres.io.write_bytes",
  extends: "postgres.io.extends",
  hits: "postgres.io.hits",
  evictions: "postgres.io.evictions",
  fsyncs: "postgres.io.fsyncs",
};

/** pg_stat_io by backend type and object; combinations that never did any I/O are left out. */
export function mapIo(rows: readonly Row[]): MetricSample[] {
  return rows.flatMap((row) => {
    const backendType = textOrNull(row.backend_type, 200);
    const object = textOrNull(row.object, 200);
    if (!backendType || !object) return [];
    const samples = columnSamples(row, IO_COLUMNS, { backend_type: backendType, object });
    return samples.some((s) => s.value > 0) ? samples : [];
  });
}

/** pg_stat_replication on a primary: one set of lag figures per standby. */
export function mapReplication(rows: readonly Row[]): MetricSample[] {
  const samples: MetricSample[] = [{ name: "postgres.replication.standbys", value: rows.length }];
  for (const row of rows) {
    const labels = {
      application_name: textOrNull(row.application_name, 200) ?? "",
      client_addr: textOrNull(row.client_addr, 200) ?? "local",
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

export function mapSlots(rows: readonly Row[]): MetricSample[] {
  return rows.flatMap((row) => {
    const slot = textOrNull(row.slot_name, 200);
    if (!slot) return [];
    const labels = { slot, slot_type: textOrNull(row.slot_type, 200) ?? "" };
    const samples = columnSamples(
      row,
      { retained_wal: "postgres.replication.slot.retained_wal" },
      labels,
    );
    samples.push({
      name: "postgres.replication.slot.active",
      value: row.active === true ? 1 : 0,
      labels,
    });
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
