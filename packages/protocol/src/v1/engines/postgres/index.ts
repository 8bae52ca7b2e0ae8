import type { EngineProtocol } from "../engine-protocol.ts";
import { POSTGRES_METRICS } from "./metrics.ts";
import { POSTGRES_SNAPSHOT_KINDS } from "./snapshots.ts";

export * from "./normalize-query.ts";
export * from "./schema-rows.ts";
export * from "./snapshot-rows.ts";
export * from "./statement-rows.ts";

export const postgresProtocol = {
  engine: "postgres",
  metrics: POSTGRES_METRICS,
  snapshotKinds: POSTGRES_SNAPSHOT_KINDS,
} as const satisfies EngineProtocol;
