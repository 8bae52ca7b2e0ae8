import { defineMetrics, type MetricEntry } from "../../metric-definition.ts";

const DB = ["database"] as const;
const IO = ["backend_type", "object", "context"] as const;
const STANDBY = ["application_name", "client_addr", "standby"] as const;
const SLOT = ["slot", "slot_type"] as const;
const CONFLICT = ["database", "type"] as const;
const SLRU = ["cache"] as const;
const SUBSCRIPTION = ["subscription"] as const;
const SUBSCRIPTION_CONFLICT = ["subscription", "type"] as const;

/**
 * pg_stat_checkpointer (17+) or pg_stat_bgwriter (13–16). timed/requested/done count checkpoints
 * and a standby's restartpoints together on every version, as 13–16 did.
 */
const CHECKPOINTER_METRICS: MetricEntry[] = [
  ["checkpointer.timed", "count", "counter", [], "Checkpoints started by checkpoint_timeout."],
  [
    "checkpointer.requested",
    "count",
    "counter",
    [],
    "Checkpoints requested (WAL size, CHECKPOINT).",
  ],
  [
    "checkpointer.write_time",
    "milliseconds",
    "counter",
    [],
    "Time spent writing checkpoint files.",
  ],
  [
    "checkpointer.done",
    "count",
    "counter",
    [],
    "Checkpoints and restartpoints completed; timed and requested also count skipped ones (18+).",
  ],
  [
    "checkpointer.restartpoints_timed",
    "count",
    "counter",
    [],
    "Restartpoints a standby started by checkpoint_timeout, also counted in timed (17+).",
  ],
  [
    "checkpointer.restartpoints_requested",
    "count",
    "counter",
    [],
    "Restartpoints a standby was asked for, also counted in requested (17+).",
  ],
  [
    "checkpointer.restartpoints_done",
    "count",
    "counter",
    [],
    "Restartpoints a standby completed, also counted in done (17+).",
  ],
  [
    "checkpointer.slru_written",
    "blocks",
    "counter",
    [],
    "SLRU buffers written by checkpoints (18+).",
  ],
  ["checkpointer.sync_time", "milliseconds", "counter", [], "Time spent syncing checkpoint files."],
  ["checkpointer.buffers_written", "blocks", "counter", [], "Buffers written by checkpoints."],
  ["bgwriter.buffers_clean", "blocks", "counter", [], "Buffers written by the background writer."],
  [
    "bgwriter.maxwritten_clean",
    "count",
    "counter",
    [],
    "Background writer rounds stopped for writing too many buffers.",
  ],
  ["bgwriter.buffers_alloc", "blocks", "counter", [], "Buffers allocated."],
  // 13–16 only: 17 counts backends' own writes in pg_stat_io.
  [
    "bgwriter.buffers_backend",
    "blocks",
    "counter",
    [],
    "Buffers written directly by backends (13–16).",
  ],
  [
    "bgwriter.buffers_backend_fsync",
    "count",
    "counter",
    [],
    "Times backends had to fsync a file themselves (13–16).",
  ],
];

/** pg_stat_wal (14+); on 13 wal.bytes is the WAL position, which grows at the same rate. */
const WAL_METRICS: MetricEntry[] = [
  ["wal.bytes", "bytes", "counter", [], "WAL generated."],
  ["wal.records", "count", "counter", [], "WAL records generated."],
  ["wal.fpi", "count", "counter", [], "Full page images written to WAL."],
  ["wal.buffers_full", "count", "counter", [], "WAL writes forced because the buffers were full."],
  // 14–17 only: 18 counts WAL writes and syncs in pg_stat_io (object 'wal').
  ["wal.write", "count", "counter", [], "Times WAL buffers were written out to disk (14–17)."],
  ["wal.sync", "count", "counter", [], "Times WAL files were synced to disk (14–17)."],
  [
    "wal.write_time",
    "milliseconds",
    "counter",
    [],
    "Time spent writing WAL to disk; 0 unless track_wal_io_timing is on (14–17).",
  ],
  [
    "wal.sync_time",
    "milliseconds",
    "counter",
    [],
    "Time spent syncing WAL to disk; 0 unless track_wal_io_timing is on (14–17).",
  ],
];

/** pg_stat_io (16+), per backend type, object and context (normal, vacuum, bulkread, …). */
const IO_METRICS: MetricEntry[] = [
  ["io.reads", "count", "counter", IO, "Read operations."],
  ["io.read_bytes", "bytes", "counter", IO, "Bytes read."],
  ["io.read_time", "milliseconds", "counter", IO, "Time spent reading (track_io_timing)."],
  ["io.writes", "count", "counter", IO, "Write operations."],
  ["io.write_bytes", "bytes", "counter", IO, "Bytes written."],
  ["io.write_time", "milliseconds", "counter", IO, "Time spent writing (track_io_timing)."],
  ["io.writebacks", "count", "counter", IO, "Writeback requests to the kernel."],
  ["io.writeback_bytes", "bytes", "counter", IO, "Bytes asked to be written back (16–17)."],
  [
    "io.writeback_time",
    "milliseconds",
    "counter",
    IO,
    "Time spent on writeback requests (track_io_timing).",
  ],
  ["io.extends", "count", "counter", IO, "Relation extend operations."],
  ["io.extend_bytes", "bytes", "counter", IO, "Bytes added by extend operations."],
  ["io.extend_time", "milliseconds", "counter", IO, "Time spent extending (track_io_timing)."],
  ["io.hits", "count", "counter", IO, "Shared buffer hits."],
  ["io.evictions", "count", "counter", IO, "Buffers evicted to make room."],
  ["io.reuses", "count", "counter", IO, "Ring buffers reused (bulk read, bulk write, vacuum)."],
  ["io.fsyncs", "count", "counter", IO, "fsync calls."],
  ["io.fsync_time", "milliseconds", "counter", IO, "Time spent in fsync (track_io_timing)."],
];

const QUERY = ["query"] as const;

/**
 * pg_stat_statements, per statement: the `query` label is a statement key (see the
 * `postgres.statements` snapshot) for the top statements of each interval, or `other` for the
 * sum of the rest, so totals add up while the label stays bounded (top N + 1 per interval).
 */
const STATEMENT_METRICS: MetricEntry[] = [
  ["statements.calls", "count", "counter", QUERY, "Executions of the statement."],
  ["statements.exec_time", "milliseconds", "counter", QUERY, "Time spent executing it."],
  [
    "statements.plan_time",
    "milliseconds",
    "counter",
    QUERY,
    "Time spent planning it (pg_stat_statements.track_planning).",
  ],
  ["statements.rows", "count", "counter", QUERY, "Rows returned or affected."],
  ["statements.shared_blks_hit", "blocks", "counter", QUERY, "Shared buffer hits."],
  ["statements.shared_blks_read", "blocks", "counter", QUERY, "Shared blocks read (cache misses)."],
  [
    "statements.temp_blks_written",
    "blocks",
    "counter",
    QUERY,
    "Temporary blocks written (spills).",
  ],
  ["statements.wal_bytes", "bytes", "counter", QUERY, "WAL generated."],
  [
    "statements.io_read_time",
    "milliseconds",
    "counter",
    QUERY,
    "Time reading shared blocks (track_io_timing).",
  ],
  ["statements.jit_time", "milliseconds", "counter", QUERY, "Time spent in JIT (15+)."],
  [
    "statements.dealloc",
    "count",
    "counter",
    [],
    "Entries evicted because pg_stat_statements.max was reached (14+).",
  ],
  [
    "statements.entries",
    "count",
    "gauge",
    [],
    "Entries in pg_stat_statements (the agent's own excluded).",
  ],
];

/** On a primary: pg_stat_replication and slots. On a standby: the WAL receiver and replay. */
const REPLICATION_METRICS: MetricEntry[] = [
  ["replication.standbys", "count", "gauge", [], "Standbys streaming from this server."],
  [
    "replication.lag_bytes",
    "bytes",
    "gauge",
    STANDBY,
    "WAL the standby has not replayed yet (current WAL position minus its replay position).",
  ],
  [
    "replication.write_lag",
    "seconds",
    "gauge",
    STANDBY,
    "Time until the standby wrote recent WAL.",
  ],
  [
    "replication.flush_lag",
    "seconds",
    "gauge",
    STANDBY,
    "Time until the standby flushed recent WAL.",
  ],
  [
    "replication.replay_lag",
    "seconds",
    "gauge",
    STANDBY,
    "Time until the standby replayed recent WAL.",
  ],
  [
    "replication.slot.retained_wal",
    "bytes",
    "gauge",
    SLOT,
    "WAL kept on disk for the slot (current position minus its restart position).",
  ],
  [
    "replication.slot.active",
    "count",
    "gauge",
    SLOT,
    "1 while a consumer is connected to the slot.",
  ],
  [
    "replication.slot.wal_status",
    "count",
    "gauge",
    SLOT,
    "WAL availability: 0 reserved, 1 extended, 2 unreserved (at risk), 3 lost.",
  ],
  [
    "replication.slot.safe_wal_size",
    "bytes",
    "gauge",
    SLOT,
    "WAL that can still be written before the slot loses its WAL (max_slot_wal_keep_size set).",
  ],
  [
    "standby.receiver_connected",
    "count",
    "gauge",
    [],
    "On a standby: 1 while the WAL receiver streams from the primary.",
  ],
  [
    "standby.replay_lag",
    "seconds",
    "gauge",
    [],
    "On a standby: time since the last replayed transaction committed on the primary (grows while the primary is idle).",
  ],
  [
    "standby.replay_lag_bytes",
    "bytes",
    "gauge",
    [],
    "On a standby: WAL received but not replayed yet.",
  ],
];

export const POSTGRES_METRICS = [
  ...defineMetrics("postgres", "high", [
    [
      "connections",
      "count",
      "gauge",
      ["state"],
      "Client backends by state (active, idle, idle in transaction, …).",
    ],
    ["connections.max", "count", "gauge", [], "The server's max_connections setting."],
    ["uptime", "seconds", "gauge", [], "Seconds since the postmaster started."],
    [
      "activity.active",
      "count",
      "gauge",
      ["wait_event_type"],
      "Active sessions by wait event type (CPU: running without a wait); their sum over time is the average active sessions.",
    ],
    ["activity.blocked", "count", "gauge", [], "Sessions waiting for a lock held by another."],
    [
      "activity.idle_in_transaction",
      "count",
      "gauge",
      [],
      "Sessions idle inside an open transaction (aborted ones included).",
    ],
    [
      "activity.longest_transaction",
      "seconds",
      "gauge",
      [],
      "Age of the oldest open transaction of a client session.",
    ],
    [
      "activity.longest_query",
      "seconds",
      "gauge",
      [],
      "Run time of the longest running active statement.",
    ],
    [
      "activity.longest_idle_in_transaction",
      "seconds",
      "gauge",
      [],
      "How long the longest idle-in-transaction session has been idle.",
    ],
  ]),
  ...defineMetrics("postgres", "medium", [
    ["database.xact_commit", "count", "counter", DB, "Transactions committed."],
    ["database.xact_rollback", "count", "counter", DB, "Transactions rolled back."],
    ["database.blks_read", "blocks", "counter", DB, "Disk blocks read (cache misses)."],
    ["database.blks_hit", "blocks", "counter", DB, "Buffer cache hits."],
    [
      "database.tup_returned",
      "count",
      "counter",
      DB,
      "Rows returned by sequential and index scans.",
    ],
    ["database.tup_fetched", "count", "counter", DB, "Rows fetched by index scans."],
    ["database.tup_inserted", "count", "counter", DB, "Rows inserted."],
    ["database.tup_updated", "count", "counter", DB, "Rows updated."],
    ["database.tup_deleted", "count", "counter", DB, "Rows deleted."],
    ["database.temp_files", "count", "counter", DB, "Temporary files created by queries."],
    ["database.temp_bytes", "bytes", "counter", DB, "Bytes written to temporary files."],
    ["database.deadlocks", "count", "counter", DB, "Deadlocks detected."],
    [
      "database.conflicts",
      "count",
      "counter",
      DB,
      "Queries cancelled by recovery conflicts (standbys).",
    ],
    ["database.numbackends", "count", "gauge", DB, "Backends connected to the database."],
    [
      "database.checksum_failures",
      "count",
      "counter",
      DB,
      "Data page checksum failures (data checksums on).",
    ],
    ["database.sessions", "count", "counter", DB, "Sessions established (14+)."],
    [
      "database.sessions_abandoned",
      "count",
      "counter",
      DB,
      "Sessions ended by the client disconnecting without a clean exit (14+).",
    ],
    ["database.sessions_fatal", "count", "counter", DB, "Sessions ended by a fatal error (14+)."],
    [
      "database.sessions_killed",
      "count",
      "counter",
      DB,
      "Sessions terminated by an operator (14+).",
    ],
    ["database.session_time", "milliseconds", "counter", DB, "Time spent in sessions (14+)."],
    ["database.active_time", "milliseconds", "counter", DB, "Time spent running statements (14+)."],
    [
      "database.idle_in_transaction_time",
      "milliseconds",
      "counter",
      DB,
      "Time spent idle in a transaction (14+).",
    ],
    ...CHECKPOINTER_METRICS,
    ...WAL_METRICS,
    ...IO_METRICS,
    ...REPLICATION_METRICS,
    ...STATEMENT_METRICS,
    [
      "database.conflicts_by_type",
      "count",
      "counter",
      CONFLICT,
      "Queries a standby cancelled, by cause (tablespace, lock, snapshot, bufferpin, deadlock, logical_slot on 16+).",
    ],
    [
      "xmin_horizon.age",
      "count",
      "gauge",
      [],
      "Age in transactions of the oldest xmin held by any session, slot, prepared transaction or standby.",
    ],
    ["xmin_horizon.backends", "count", "gauge", [], "Age of the oldest xmin held by a session."],
    [
      "xmin_horizon.slots",
      "count",
      "gauge",
      [],
      "Age of the oldest xmin or catalog_xmin held by a replication slot.",
    ],
    [
      "xmin_horizon.prepared_xacts",
      "count",
      "gauge",
      [],
      "Age of the oldest prepared transaction.",
    ],
    [
      "xmin_horizon.standbys",
      "count",
      "gauge",
      [],
      "Age of the oldest xmin a standby reports through hot_standby_feedback.",
    ],
    ["archiver.archived", "count", "counter", [], "WAL files archived."],
    ["archiver.failed", "count", "counter", [], "Failed attempts to archive a WAL file."],
    [
      "archiver.last_archived_age",
      "seconds",
      "gauge",
      [],
      "Time since the last WAL file was archived.",
    ],
    ["archiver.last_failed_age", "seconds", "gauge", [], "Time since the last archiving failure."],
    [
      "archiver.failing",
      "count",
      "gauge",
      [],
      "1 while the last archiving attempt failed (the last failure is newer than the last success).",
    ],
    ["slru.blks_zeroed", "blocks", "counter", SLRU, "SLRU pages zeroed on creation."],
    ["slru.blks_hit", "blocks", "counter", SLRU, "SLRU pages found in the cache."],
    ["slru.blks_read", "blocks", "counter", SLRU, "SLRU pages read from disk (cache misses)."],
    ["slru.blks_written", "blocks", "counter", SLRU, "SLRU pages written."],
    ["slru.blks_exists", "blocks", "counter", SLRU, "SLRU pages checked for existence."],
    ["slru.flushes", "count", "counter", SLRU, "SLRU flushes of dirty pages."],
    ["slru.truncates", "count", "counter", SLRU, "SLRU truncations."],
    [
      "subscription.apply_errors",
      "count",
      "counter",
      SUBSCRIPTION,
      "Errors applying changes from the publisher (15+).",
    ],
    [
      "subscription.sync_errors",
      "count",
      "counter",
      SUBSCRIPTION,
      "Errors during the initial table synchronization (15+).",
    ],
    [
      "subscription.conflicts",
      "count",
      "counter",
      SUBSCRIPTION_CONFLICT,
      "Conflicts met applying changes, by kind (18+).",
    ],
    ["progress.vacuum", "count", "gauge", DB, "Vacuums running now (autovacuum included)."],
    ["progress.analyze", "count", "gauge", DB, "Analyzes running now (autovacuum included)."],
  ]),
  ...defineMetrics("postgres", "low", [
    ["database.size", "bytes", "gauge", DB, "Size of the database on disk."],
    [
      "database.xid_age",
      "count",
      "gauge",
      DB,
      "Age of the oldest unfrozen transaction id (wraparound at about 2.1 billion).",
    ],
    ["database.mxid_age", "count", "gauge", DB, "Age of the oldest unfrozen multixact id."],
    [
      "settings.pending_restart",
      "count",
      "gauge",
      [],
      "Settings changed in the configuration that wait for a restart.",
    ],
  ]),
];
