import type { Collector } from "../types.ts";
import type { PostgresSession } from "./connect.ts";
import { readAllStatsDiagnostic } from "./diagnostics.ts";
import { checkPrivileges, detectFeatures } from "./features.ts";
import { mapConnections, mapInstance } from "./map.ts";
import {
  blockedByPrepared,
  hasLockWaits,
  mapActivitySummary,
  mapSessions,
  summarizeSessions,
} from "./map-activity.ts";
import { instanceQuery } from "./queries.ts";
import {
  activitySessionsNoQueryIdQuery,
  activitySessionsQuery,
  activitySummaryQuery,
  preparedXactsQuery,
  waitingLocksNoWaitstartQuery,
  waitingLocksQuery,
} from "./queries-activity.ts";

export const instanceCollector: Collector<PostgresSession> = {
  name: "instance",
  group: "high",
  async collect(session) {
    const [instance] = await session.query(instanceQuery, [session.agentPids()]);
    const { metrics, inventory } = mapInstance(instance);
    return { metrics: [...mapConnections(instance?.connections), ...metrics], inventory };
  },
};

async function waitingLocks(session: PostgresSession) {
  const { lockWaitStart } = await detectFeatures(session);
  return session.query(lockWaitStart ? waitingLocksQuery : waitingLocksNoWaitstartQuery);
}

/** Sessions, waits and locks: the sample behind the Activity Explorer. */
export const activityCollector: Collector<PostgresSession> = {
  name: "activity",
  group: "high",
  async collect(session) {
    const features = await detectFeatures(session);
    const privileges = await checkPrivileges(session);
    const own = [session.agentPids()];
    const rows = await session.query(
      features.queryId ? activitySessionsQuery : activitySessionsNoQueryIdQuery,
      own,
    );
    const snapshot = mapSessions(
      rows,
      hasLockWaits(rows) ? await waitingLocks(session) : [],
      session.queryText,
      blockedByPrepared(rows) ? await session.query(preparedXactsQuery) : [],
    );
    // The sample holds every non-idle session unless it was cut; only then count them apart.
    const summary = snapshot.truncated
      ? await session.query(activitySummaryQuery, own)
      : summarizeSessions(rows);
    return {
      metrics: mapActivitySummary(summary),
      snapshot,
      diagnostics: readAllStatsDiagnostic(
        privileges,
        "Sessions of other roles are not sampled: their state, waits, query text and client are hidden.",
      ),
    };
  },
};
