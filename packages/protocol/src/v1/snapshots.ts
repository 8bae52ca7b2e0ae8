import { z } from "zod";
import { catalogEngine, PROTOCOL_MODULES, type RegisteredProtocol } from "./engines/registry.ts";
import type { EngineKind } from "./engines.ts";
import type { SnapshotKindDef } from "./snapshot-kind.ts";

export type { ChangeTracking, SnapshotKindDef, SnapshotRetention } from "./snapshot-kind.ts";

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (
  x: infer I,
) => void
  ? I
  : never;
type AllSnapshotKinds = UnionToIntersection<RegisteredProtocol["snapshotKinds"]>;

/**
 * Every kind of snapshot a payload may carry: a set of rows describing the server at the moment
 * of collection (sessions, settings, roles, …) rather than a number over time. Merged from the
 * engine modules; kind names start with the module's engine, so they never collide.
 */
export const SNAPSHOT_KINDS = mergeSnapshotKinds();

/** The merged record has exactly the keys and values of the modules' records, typed by them. */
function mergeSnapshotKinds(): AllSnapshotKinds {
  return Object.assign({}, ...PROTOCOL_MODULES.map((p) => p.snapshotKinds)) as AllSnapshotKinds;
}

export type SnapshotKind = keyof AllSnapshotKinds & string;
export const SNAPSHOT_KIND_NAMES = Object.keys(SNAPSHOT_KINDS) as [SnapshotKind, ...SnapshotKind[]];

type KindRow<K extends SnapshotKind> = AllSnapshotKinds[K] extends {
  row: infer R extends z.ZodType;
}
  ? R
  : never;
export type SnapshotRow<K extends SnapshotKind> = z.infer<KindRow<K>>;

/** A snapshot as collectors build it: rows typed by kind. */
export type Snapshot = {
  [K in SnapshotKind]: { kind: K; rows: SnapshotRow<K>[]; truncated: boolean };
}[SnapshotKind];

function kindDef(kind: SnapshotKind): SnapshotKindDef {
  return (SNAPSHOT_KINDS as Record<SnapshotKind, SnapshotKindDef>)[kind];
}

/** A kind's definition seen through the common interface (retention, change tracking, …). */
export const snapshotKindDef = (kind: SnapshotKind): SnapshotKindDef => kindDef(kind);

/** The kinds kept with change history rather than with raw points. */
export const HISTORY_SNAPSHOT_KINDS: readonly SnapshotKind[] = SNAPSHOT_KIND_NAMES.filter(
  (k) => kindDef(k).retention === "history",
);

/** The snapshot kinds a target of `engine` may send. */
export function snapshotKindsOf(engine: EngineKind): SnapshotKind[] {
  const prefix = catalogEngine(engine);
  return SNAPSHOT_KIND_NAMES.filter((k) => kindDef(k).engine === prefix);
}

/** The wire shape; rows are checked against their kind in `checkSnapshot`. */
export const snapshotSchema = z
  .object({
    kind: z.enum(SNAPSHOT_KIND_NAMES),
    rows: z.array(z.unknown()).max(Math.max(...SNAPSHOT_KIND_NAMES.map((k) => kindDef(k).maxRows))),
    /** More rows existed than were sent. */
    truncated: z.boolean().default(false),
  })
  .strict();

/** Problems of a wire snapshot against its kind, as [path, message] pairs. */
export function checkSnapshot(
  snapshot: z.output<typeof snapshotSchema>,
  engine: EngineKind,
): [path: (string | number)[], message: string][] {
  const def = kindDef(snapshot.kind);
  const problems: [(string | number)[], string][] = [];
  if (def.engine !== catalogEngine(engine))
    problems.push([["kind"], `${snapshot.kind} is not a ${engine} snapshot`]);
  if (snapshot.rows.length > def.maxRows) {
    problems.push([["rows"], `${snapshot.kind} allows at most ${def.maxRows} rows`]);
  }
  snapshot.rows.forEach((row, i) => {
    const result = def.row.safeParse(row);
    if (result.success) return;
    for (const issue of result.error.issues) {
      problems.push([["rows", i, ...issue.path.map(String)], issue.message]);
    }
  });
  return problems;
}

/** The rows of a stored snapshot, typed by kind; throws when they do not match. */
export function parseSnapshotRows<K extends SnapshotKind>(
  kind: K,
  rows: unknown,
): SnapshotRow<K>[] {
  return z.array(kindDef(kind).row).parse(rows) as SnapshotRow<K>[];
}
