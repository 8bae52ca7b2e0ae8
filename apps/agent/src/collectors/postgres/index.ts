import type { EngineCollectors } from "../types.ts";
import { activityCollector, instanceCollector } from "./collectors-high.ts";
import {
  databaseSizesCollector,
  extensionsCollector,
  rolesCollector,
  settingsCollector,
  wraparoundCollector,
} from "./collectors-low.ts";
import {
  archiverCollector,
  checkpointerCollector,
  conflictsCollector,
  databaseStatsCollector,
  ioCollector,
  progressCollector,
  replicationCollector,
  slruCollector,
  subscriptionsCollector,
  walCollector,
  xminHorizonCollector,
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
    xminHorizonCollector,
    archiverCollector,
    conflictsCollector,
    slruCollector,
    subscriptionsCollector,
    statementsCollector,
    settingsCollector,
    rolesCollector,
    extensionsCollector,
    wraparoundCollector,
    databaseSizesCollector,
    schemaCollector,
  ],
  readOnly: postgresReadOnlyPolicy,
};
