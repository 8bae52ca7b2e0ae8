import type { EngineKind } from "../engines.ts";
import type { MetricDefinition } from "../metric-definition.ts";
import type { SnapshotKindDef } from "../snapshot-kind.ts";

/**
 * What one engine module contributes to the wire protocol. Several engine kinds may share one
 * module (Valkey speaks Redis's protocol): their payloads then use the module's `engine` prefix.
 */
export interface EngineProtocol {
  /** Prefix of the module's metric and snapshot kind names. */
  engine: EngineKind;
  metrics: readonly MetricDefinition[];
  snapshotKinds: Readonly<Record<string, SnapshotKindDef>>;
}
