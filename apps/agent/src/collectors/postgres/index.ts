import type { EngineCollectors } from "../types.ts";
import { activityCollector, instanceCollector } from "./collectors-high.ts";
import {
  extensionsCollector,
  rolesCollector,
  settingsCollector,
  wraparoundCollector,
} from "./collectors-low.ts";
import {
  checkpointerCollector,
  databaseStatsCollector,
  ioCollector,
  progressCollector,
  replicationCollector,
  walCollector,
} from "./collectors-medium.ts";
import { schemaCollector } from "./collectors-schema.ts";
import { statementsCollector } from "./collectors-statements.ts";
import { type PostgresConnection, postgresConfigSchema, postgresEndpoint } from "./config.ts";
import { connectPostgres, type PostgresSession } from "./connect.ts";
import { describePostgresError } from "./map.ts";
import { postgresReadOnlyPolicy } from "./read-only-policy.ts";

export const postgres: EngineCollectors<PostgresConnection, PostgresSession> = {
  configSchema: postgresConfigSchema,
  endpoint: postgresEndpoint,
  connect: connectPostgres,
  describeError: describePostgresError,
  collectors: [
    instanceCollector,
    activityCollector,
    databaseStatsCollector,
    checkpointerCollector,
    walCollector,
    ioCollector,
    replicationCollector,
    progressCollector,
    statementsCollector,
    settingsCollector,
    rolesCollector,
    extensionsCollector,
    wraparoundCollector,
    schemaCollector,
  ],
  readOnly: postgresReadOnlyPolicy,
};
