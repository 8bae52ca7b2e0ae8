import type { PostgresSession } from "./connect.ts";
import { type Privileges, readPrivileges } from "./diagnostics.ts";
import { featuresQuery, privilegesQuery } from "./queries.ts";

/** What the server offers, told by the views and columns that exist. */
export interface Features {
  checkpointer: boolean;
  /** pg_stat_checkpointer's num_done and slru_written (18+). */
  checkpointerDone: boolean;
  statWal: boolean;
  /** pg_stat_database_conflicts.confl_active_logicalslot (16+). */
  conflictLogicalSlot: boolean;
  /** pg_stat_database's session statistics (14+). */
  sessionStats: boolean;
  statIo: boolean;
  /** pg_stat_subscription_stats (15+). */
  subscriptionStats: boolean;
  /** pg_stat_subscription_stats' conflict counts (18+). */
  subscriptionConflicts: boolean;
  /** pg_stat_wal's write and sync counters (14–17; 18 moved them to pg_stat_io). */
  walWrite: boolean;
  ioBytes: boolean;
  lockWaitStart: boolean;
  queryId: boolean;
}

const known = new WeakMap<PostgresSession, Promise<Features>>();

/** Detected once per connection: a server cannot change version under an open connection. */
export function detectFeatures(session: PostgresSession): Promise<Features> {
  const cached = known.get(session);
  if (cached) return cached;
  const detecting = session.query(featuresQuery).then(([row]) => ({
    checkpointer: row?.checkpointer === true,
    checkpointerDone: row?.checkpointer_done === true,
    statWal: row?.stat_wal === true,
    conflictLogicalSlot: row?.conflict_logical_slot === true,
    sessionStats: row?.session_stats === true,
    statIo: row?.stat_io === true,
    subscriptionStats: row?.subscription_stats === true,
    subscriptionConflicts: row?.subscription_conflicts === true,
    walWrite: row?.wal_write === true,
    ioBytes: row?.io_bytes === true,
    lockWaitStart: row?.lock_waitstart === true,
    queryId: row?.query_id === true,
  }));
  known.set(session, detecting);
  detecting.catch(() => known.delete(session));
  return detecting;
}

/** Grants change rarely; checking them every few minutes keeps them off the 10-second path. */
const PRIVILEGES_TTL_MS = 5 * 60_000;
const privileges = new WeakMap<PostgresSession, { at: number; checking: Promise<Privileges> }>();

/** What the connected role may see, re-checked every few minutes on a long-lived connection. */
export function checkPrivileges(session: PostgresSession, now = Date.now()): Promise<Privileges> {
  const cached = privileges.get(session);
  if (cached && now - cached.at < PRIVILEGES_TTL_MS) return cached.checking;
  const checking = session.query(privilegesQuery).then(([row]) => readPrivileges(row));
  privileges.set(session, { at: now, checking });
  checking.catch(() => privileges.delete(session));
  return checking;
}
