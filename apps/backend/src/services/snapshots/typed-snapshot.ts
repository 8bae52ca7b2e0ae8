import type { SnapshotResponse } from "@logstag/api-contract";
import type { SnapshotKind } from "@logstag/protocol";

export interface UntypedSnapshot {
  collectedAt: string | null;
  truncated: boolean;
  rows: unknown[];
}

/**
 * The rows were parsed by `parseSnapshotRows(kind, …)`, i.e. by the kind's own row schema, so
 * they have the kind's row type; TypeScript cannot relate the two generic types by itself.
 */
export function typedSnapshot<K extends SnapshotKind>(s: UntypedSnapshot): SnapshotResponse<K> {
  return s as unknown as SnapshotResponse<K>;
}
