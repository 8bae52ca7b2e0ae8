import type { HealthCheck } from "../../../health/check-types.ts";
import {
  duplicateIndexes,
  foreignKeysWithoutIndex,
  invalidIndexes,
  unusedIndexes,
} from "./checks-schema-indexes.ts";
import {
  int4KeyExhaustion,
  sequenceExhaustion,
  tableAutovacuumDisabled,
  tableBloat,
  tablesWithoutPrimaryKey,
} from "./checks-schema-tables.ts";

/** Checks over the `postgres.schema` snapshot, in report order. */
export const schemaChecks: HealthCheck[] = [
  unusedIndexes,
  duplicateIndexes,
  invalidIndexes,
  tableBloat,
  tableAutovacuumDisabled,
  foreignKeysWithoutIndex,
  sequenceExhaustion,
  int4KeyExhaustion,
  tablesWithoutPrimaryKey,
];
