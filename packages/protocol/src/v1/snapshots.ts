import { z } from "zod";
import type { EngineKind } from "./engines.ts";
import {
  postgresExtensionSchema,
  postgresProgressSchema,
  postgresRoleSchema,
  postgresSessionSchema,
  postgresSettingSchema,
} from "./postgres-snapshots.ts";

export * from "./postgres-snapshots.ts";

interface SnapshotKindDef {
  engine: EngineKind;
  /** Schema of one row; the payload is refused when any row does not match. */
  row: z.ZodType;
  /** Collectors cap their rows at this and set `truncated`. */
  maxRows: number;
  description: string;
}

/**
 * Every kind of snapshot a payload may carry: a set of rows describing the server at the moment
 * of collection (sessions, settings, roles, …) rather than a number over time.
 */
export const SNAPSHOT_KINDS = {
  "postgres.activity": {
    engine: "postgres",
    row: postgresSessionSchema,
    maxRows: 1000,
    description: "Sessions that are not idle, and idle ones that block others.",
  },
  "postgres.settings": {
    engine: "postgres",
    row: postgresSettingSchema,
    maxRows: 2000,
    description: "Every setting of pg_settings, secrets masked.",
  },
  "postgres.roles": {
    engine: "postgres",
    row: postgresRoleSchema,
    maxRows: 2000,
    description: "Roles with their attributes and memberships.",
  },
  "postgres.extensions": {
    engine: "postgres",
    row: postgresExtensionSchema,
    maxRows: 500,
    description: "Extensions installed in the agent's database.",
  },
  "postgres.progress": {
    engine: "postgres",
    row: postgresProgressSchema,
    maxRows: 500,
    description: "VACUUM and ANALYZE operations in progress.",
  },
} as const satisfies Record<string, SnapshotKindDef>;

export type SnapshotKind = keyof typeof SNAPSHOT_KINDS;
export const SNAPSHOT_KIND_NAMES = Object.keys(SNAPSHOT_KINDS) as [SnapshotKind, ...SnapshotKind[]];

export type SnapshotRow<K extends SnapshotKind> = z.infer<(typeof SNAPSHOT_KINDS)[K]["row"]>;

/** A snapshot as collectors build it: rows typed by kind. */
export type Snapshot = {
  [K in SnapshotKind]: { kind: K; rows: SnapshotRow<K>[]; truncated: boolean };
}[SnapshotKind];

/** The wire shape; rows are checked against their kind in `checkSnapshot`. */
export const snapshotSchema = z
  .object({
    kind: z.enum(SNAPSHOT_KIND_NAMES),
    rows: z
      .array(z.unknown())
      .max(Math.max(...Object.values(SNAPSHOT_KINDS).map((k) => k.maxRows))),
    /** More rows existed than were sent. */
    truncated: z.boolean().default(false),
  })
  .strict();

/** Problems of a wire snapshot against its kind, as [path, message] pairs. */
export function checkSnapshot(
  snapshot: z.output<typeof snapshotSchema>,
  engine: EngineKind,
): [path: (string | number)[], message: string][] {
  const def: SnapshotKindDef = SNAPSHOT_KINDS[snapshot.kind];
  const problems: [(string | number)[], string][] = [];
  if (def.engine !== engine)
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
  return z.array(SNAPSHOT_KINDS[kind].row).parse(rows) as SnapshotRow<K>[];
}
