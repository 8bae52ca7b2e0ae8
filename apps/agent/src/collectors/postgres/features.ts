import type { PostgresSession } from "./connect.ts";
import { featuresQuery } from "./queries.ts";

/** What the server offers, told by the views and columns that exist. */
export interface Features {
  checkpointer: boolean;
  statWal: boolean;
  statIo: boolean;
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
    statWal: row?.stat_wal === true,
    statIo: row?.stat_io === true,
    ioBytes: row?.io_bytes === true,
    lockWaitStart: row?.lock_waitstart === true,
    queryId: row?.query_id === true,
  }));
  known.set(session, detecting);
  detecting.catch(() => known.delete(session));
  return detecting;
}
