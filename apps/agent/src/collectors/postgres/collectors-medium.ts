import type { Collector } from "../types.ts";
import type { PostgresSession } from "./connect.ts";
import { readAllStatsDiagnostic } from "./diagnostics.ts";
import { checkPrivileges, detectFeatures } from "./features.ts";
import { mapDatabaseStats } from "./map.ts";
import { mapArchiver, mapConflicts, mapXminHorizon } from "./map-horizon.ts";
import {
  mapCheckpointer,
  mapIo,
  mapProgress,
  mapReplication,
  mapSlots,
  mapStandby,
  mapWal,
  receiverHidden,
} from "./map-server.ts";
import { mapSlru, mapSubscriptionStats } from "./map-stats.ts";
import { databaseSessionStatsQuery, databaseStatsQuery } from "./queries.ts";
import {
  archiverQuery,
  conflictsLogicalSlotQuery,
  conflictsQuery,
  xminHorizonQuery,
} from "./queries-horizon.ts";
import {
  bgwriterQuery,
  checkpointerDoneQuery,
  checkpointerQuery,
  ioBytesQuery,
  ioOpBytesQuery,
  progressQuery,
  recoveryQuery,
  replicationQuery,
  slotsQuery,
  standbyQuery,
  standbySlotsQuery,
  walPositionQuery,
  walStatsQuery,
  walStatsWriteQuery,
} from "./queries-server.ts";
import { slruQuery, subscriptionConflictsQuery, subscriptionStatsQuery } from "./queries-stats.ts";

type PgCollector = Collector<PostgresSession>;

async function inRecovery(session: PostgresSession): Promise<boolean> {
  const [row] = await session.query(recoveryQuery);
  return row?.in_recovery === true;
}

export const databaseStatsCollector: PgCollector = {
  name: "database_stats",
  group: "medium",
  async collect(session) {
    const { sessionStats } = await detectFeatures(session);
    const query = sessionStats ? databaseSessionStatsQuery : databaseStatsQuery;
    return { metrics: mapDatabaseStats(await session.query(query)) };
  },
};

export const checkpointerCollector: PgCollector = {
  name: "checkpointer",
  group: "medium",
  async collect(session) {
    const { checkpointer, checkpointerDone } = await detectFeatures(session);
    const query = checkpointerDone
      ? checkpointerDoneQuery
      : checkpointer
        ? checkpointerQuery
        : bgwriterQuery;
    const [row] = await session.query(query);
    return { metrics: mapCheckpointer(row) };
  },
};

export const walCollector: PgCollector = {
  name: "wal",
  group: "medium",
  async collect(session) {
    const { statWal, walWrite } = await detectFeatures(session);
    if (statWal) {
      const [row] = await session.query(walWrite ? walStatsWriteQuery : walStatsQuery);
      return { metrics: mapWal(row) };
    }
    if (await inRecovery(session)) return { metrics: [] };
    return { metrics: mapWal((await session.query(walPositionQuery))[0]) };
  },
};

export const ioCollector: PgCollector = {
  name: "io",
  group: "medium",
  async collect(session) {
    const { statIo, ioBytes } = await detectFeatures(session);
    if (!statIo) return { metrics: [] };
    return { metrics: mapIo(await session.query(ioBytes ? ioBytesQuery : ioOpBytesQuery)) };
  },
};

/** Streaming replication seen from a primary, or from a standby: never both kinds of functions. */
export const replicationCollector: PgCollector = {
  name: "replication",
  group: "medium",
  async collect(session) {
    if (await inRecovery(session)) {
      const [row] = await session.query(standbyQuery);
      const slots = await session.query(standbySlotsQuery);
      return {
        metrics: [...mapStandby(row), ...mapSlots(slots)],
        diagnostics: receiverHidden(row)
          ? readAllStatsDiagnostic(
              await checkPrivileges(session),
              "Whether the WAL receiver is connected to the primary is unknown.",
            )
          : [],
      };
    }
    const standbys = await session.query(replicationQuery);
    const slots = await session.query(slotsQuery);
    const privileges = await checkPrivileges(session);
    return {
      metrics: [...mapReplication(standbys), ...mapSlots(slots)],
      diagnostics: readAllStatsDiagnostic(
        privileges,
        "Standbys' addresses, states and lag are hidden.",
      ),
    };
  },
};

export const progressCollector: PgCollector = {
  name: "progress",
  group: "medium",
  async collect(session) {
    return mapProgress(await session.query(progressQuery));
  },
};

/** The oldest xmin held by sessions, slots, prepared transactions and standbys' feedback. */
export const xminHorizonCollector: PgCollector = {
  name: "xmin_horizon",
  group: "medium",
  async collect(session) {
    const [row] = await session.query(xminHorizonQuery);
    return {
      metrics: mapXminHorizon(row),
      diagnostics: readAllStatsDiagnostic(
        await checkPrivileges(session),
        "Transactions of other roles' sessions are not seen holding back the xmin horizon.",
      ),
    };
  },
};

export const archiverCollector: PgCollector = {
  name: "archiver",
  group: "medium",
  async collect(session) {
    return { metrics: mapArchiver((await session.query(archiverQuery))[0]) };
  },
};

export const conflictsCollector: PgCollector = {
  name: "conflicts",
  group: "medium",
  async collect(session) {
    const { conflictLogicalSlot } = await detectFeatures(session);
    const query = conflictLogicalSlot ? conflictsLogicalSlotQuery : conflictsQuery;
    return { metrics: mapConflicts(await session.query(query)) };
  },
};

export const slruCollector: PgCollector = {
  name: "slru",
  group: "medium",
  async collect(session) {
    return { metrics: mapSlru(await session.query(slruQuery)) };
  },
};

export const subscriptionsCollector: PgCollector = {
  name: "subscriptions",
  group: "medium",
  async collect(session) {
    const { subscriptionStats, subscriptionConflicts } = await detectFeatures(session);
    if (!subscriptionStats) return { metrics: [] };
    const query = subscriptionConflicts ? subscriptionConflictsQuery : subscriptionStatsQuery;
    return { metrics: mapSubscriptionStats(await session.query(query)) };
  },
};
