import type { Collector } from "../types.ts";
import type { PostgresSession } from "./connect.ts";
import { readAllStatsDiagnostic, readPrivileges } from "./diagnostics.ts";
import { detectFeatures } from "./features.ts";
import { mapConnections, mapInstance } from "./map.ts";
import { hasLockWaits, mapActivitySummary, mapSessions } from "./map-activity.ts";
import { connectionsByStateQuery, instanceQuery, privilegesQuery } from "./queries.ts";
import {
  activitySessionsNoQueryIdQuery,
  activitySessionsQuery,
  activitySummaryQuery,
  waitingLocksNoWaitstartQuery,
  waitingLocksQuery,
} from "./queries-activity.ts";

export const instanceCollector: Collector<PostgresSession> = {
  name: "instance",
  group: "high",
  async collect(session) {
    const [instance] = await session.query(instanceQuery);
    const { metrics, inventory } = mapInstance(instance);
    const connections = mapConnections(await session.query(connectionsByStateQuery));
    return { metrics: [...connections, ...metrics], inventory };
  },
};

/** Sessions, waits and locks: the sample behind the Activity Explorer. */
export const activityCollector: Collector<PostgresSession> = {
  name: "activity",
  group: "high",
  async collect(session) {
    const features = await detectFeatures(session);
    const [privileges] = await session.query(privilegesQuery);
    const summary = await session.query(activitySummaryQuery);
    const rows = await session.query(
      features.queryId ? activitySessionsQuery : activitySessionsNoQueryIdQuery,
    );
    const locks = hasLockWaits(rows)
      ? await session.query(
          features.lockWaitStart ? waitingLocksQuery : waitingLocksNoWaitstartQuery,
        )
      : [];
    return {
      metrics: mapActivitySummary(summary),
      snapshot: mapSessions(rows, locks),
      diagnostics: readAllStatsDiagnostic(
        readPrivileges(privileges),
        "Sessions of other roles are not sampled: their state, waits, query text and client are hidden.",
      ),
    };
  },
};
