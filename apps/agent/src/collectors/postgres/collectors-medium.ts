import type { Collector } from "../types.ts";
import type { PostgresSession } from "./connect.ts";
import { readAllStatsDiagnostic } from "./diagnostics.ts";
import { checkPrivileges, detectFeatures } from "./features.ts";
import { mapDatabaseStats } from "./map.ts";
import {
  mapCheckpointer,
  mapDatabaseSizes,
  mapIo,
  mapProgress,
  mapReplication,
  mapSlots,
  mapStandby,
  mapWal,
  receiverHidden,
} from "./map-server.ts";
import { databaseSizesQuery, databaseStatsQuery } from "./queries.ts";
import {
  bgwriterQuery,
  checkpointerQuery,
  ioBytesQuery,
  ioOpBytesQuery,
  progressQuery,
  recoveryQuery,
  replicationQuery,
  slotsQuery,
  standbyQuery,
  walPositionQuery,
  walStatsQuery,
  walStatsWriteQuery,
} from "./queries-server.ts";

type PgCollector = Collector<PostgresSession>;

async function inRecovery(session: PostgresSession): Promise<boolean> {
  const [row] = await session.query(recoveryQuery);
  return row?.in_recovery === true;
}

export const databaseStatsCollector: PgCollector = {
  name: "database_stats",
  group: "medium",
  async collect(session) {
    const stats = mapDatabaseStats(await session.query(databaseStatsQuery));
    const sizeRows = await session.query(databaseSizesQuery);
    const skipped = sizeRows.some((r) => r.size_bytes === null);
    return {
      metrics: [...stats, ...mapDatabaseSizes(sizeRows)],
      diagnostics: skipped
        ? readAllStatsDiagnostic(
            await checkPrivileges(session),
            "Sizes of databases the role may not connect to are not collected.",
          )
        : [],
    };
  },
};

export const checkpointerCollector: PgCollector = {
  name: "checkpointer",
  group: "medium",
  async collect(session) {
    const { checkpointer } = await detectFeatures(session);
    const [row] = await session.query(checkpointer ? checkpointerQuery : bgwriterQuery);
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
      return {
        metrics: mapStandby(row),
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
