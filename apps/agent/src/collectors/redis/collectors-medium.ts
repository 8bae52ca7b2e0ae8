import type { Collector } from "../types.ts";
import type { RedisSession } from "./connect.ts";
import { parseInfo } from "./map-info.ts";
import { mapSlowlog } from "./map-slowlog.ts";
import {
  mapCommandStats,
  mapKeyspace,
  mapLatencyLatest,
  mapPersistence,
  mapReplication,
} from "./map-stats.ts";
import {
  infoCommandStatsCommand,
  infoErrorStatsCommand,
  infoKeyspaceCommand,
  infoLatencyStatsCommand,
  infoPersistenceCommand,
  infoReplicationCommand,
  infoStatsCommand,
  latencyLatestCommand,
  slowlogGetCommand,
  slowlogLenCommand,
} from "./queries.ts";

/** Calls, CPU time, failures and latency percentiles per command; error replies by prefix. */
export const commandsCollector: Collector<RedisSession> = {
  name: "commands",
  group: "medium",
  async collect(session) {
    const commandstats = parseInfo(await session.send(infoCommandStatsCommand));
    const latencystats = parseInfo(await session.send(infoLatencyStatsCommand));
    const errorstats = parseInfo(await session.send(infoErrorStatsCommand));
    return { metrics: mapCommandStats(commandstats, latencystats, errorstats) };
  },
};

export const persistenceCollector: Collector<RedisSession> = {
  name: "persistence",
  group: "medium",
  async collect(session) {
    const persistence = parseInfo(await session.send(infoPersistenceCommand));
    const stats = parseInfo(await session.send(infoStatsCommand));
    return { metrics: mapPersistence(persistence, stats, new Date()) };
  },
};

export const replicationCollector: Collector<RedisSession> = {
  name: "replication",
  group: "medium",
  async collect(session) {
    return { metrics: mapReplication(parseInfo(await session.send(infoReplicationCommand))) };
  },
};

export const keyspaceCollector: Collector<RedisSession> = {
  name: "keyspace",
  group: "medium",
  async collect(session) {
    return { metrics: mapKeyspace(parseInfo(await session.send(infoKeyspaceCommand))) };
  },
};

/** New slow log entries since the previous run of this target (the cursor survives reconnects). */
export const slowlogCollector: Collector<RedisSession> = {
  name: "slowlog",
  group: "medium",
  async collect(session) {
    const length = Number(await session.send(slowlogLenCommand));
    const reply = await session.send(slowlogGetCommand);
    const result = mapSlowlog(
      reply,
      Number.isFinite(length) ? length : undefined,
      session.state.slowlogLastId,
    );
    session.state.slowlogLastId = result.lastId;
    return { metrics: result.metrics, snapshot: result.snapshot };
  },
};

/** LATENCY LATEST: spikes above latency-monitor-threshold (off by default: then no events). */
export const latencyCollector: Collector<RedisSession> = {
  name: "latency",
  group: "medium",
  async collect(session) {
    return { metrics: mapLatencyLatest(await session.send(latencyLatestCommand)) };
  },
};
