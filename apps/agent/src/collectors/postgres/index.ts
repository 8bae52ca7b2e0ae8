import type { EngineCollectors } from "../types.ts";
import { type PostgresConnection, postgresConfigSchema, postgresEndpoint } from "./config.ts";
import { connectPostgres, type PostgresSession } from "./connect.ts";
import { describePostgresError, mapConnections, mapDatabaseStats, mapInstance } from "./map.ts";
import { connectionsByStateQuery, databaseStatsQuery, instanceQuery } from "./queries.ts";

export const postgres: EngineCollectors<PostgresConnection, PostgresSession> = {
  configSchema: postgresConfigSchema,
  endpoint: postgresEndpoint,
  connect: connectPostgres,
  describeError: describePostgresError,
  collectors: [
    {
      name: "instance",
      group: "high",
      async collect(session) {
        const [instance] = await session.query(instanceQuery);
        const { metrics, inventory } = mapInstance(instance);
        const connections = mapConnections(await session.query(connectionsByStateQuery));
        return { metrics: [...connections, ...metrics], inventory };
      },
    },
    {
      name: "database_stats",
      group: "medium",
      async collect(session) {
        return { metrics: mapDatabaseStats(await session.query(databaseStatsQuery)) };
      },
    },
  ],
};
