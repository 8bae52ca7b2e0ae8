import type { ChangeTracking } from "@logstag/protocol";

export interface SnapshotChange {
  objectType: string;
  objectName: string;
  change: "created" | "altered" | "dropped";
  diff: { field: string; before: unknown; after: unknown }[];
}

/** At most this many changes are recorded between two snapshots; a larger change is summarized. */
export const MAX_CHANGES_PER_SNAPSHOT = 1000;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function byKey(t: ChangeTracking, rows: readonly unknown[], covered: ReadonlySet<string> | null) {
  const map = new Map<string, unknown>();
  for (const row of rows) {
    if (covered && t.scope && !covered.has(t.scope(row))) continue;
    map.set(t.key(row), row);
  }
  return map;
}

/**
 * Objects created, altered (compared fields only) or dropped between two snapshots of a kind.
 * Where the kind has scopes (a database), only scopes both snapshots covered are compared, so a
 * database the agent could not read this time drops nothing.
 */
export function diffSnapshots(
  t: ChangeTracking,
  before: readonly unknown[],
  after: readonly unknown[],
): SnapshotChange[] {
  let covered: Set<string> | null = null;
  if (t.coveredScopes) {
    const a = t.coveredScopes(before);
    covered = new Set([...t.coveredScopes(after)].filter((s) => a.has(s)));
  }
  const old = byKey(t, before, covered);
  const now = byKey(t, after, covered);
  const changes: SnapshotChange[] = [];
  const push = (row: unknown, change: SnapshotChange["change"], diff: SnapshotChange["diff"]) => {
    const { type, name } = t.object(row);
    changes.push({ objectType: type, objectName: name, change, diff });
  };
  for (const [key, row] of now) {
    const prev = old.get(key);
    if (prev === undefined) {
      push(row, "created", []);
      continue;
    }
    const diff = t.fields
      .filter((f) => !same(field(prev, f), field(row, f)) && !unsent(t, f, prev, row))
      .map((f) => ({ field: f, before: field(prev, f) ?? null, after: field(row, f) ?? null }));
    if (diff.length > 0) push(row, "altered", diff);
  }
  for (const [key, row] of old) if (!now.has(key)) push(row, "dropped", []);
  return changes.slice(0, MAX_CHANGES_PER_SNAPSHOT);
}

/** A field older agents did not send, missing from one of the two rows: not comparable. */
function unsent(t: ChangeTracking, f: string, a: unknown, b: unknown): boolean {
  return (
    (t.addedFields?.includes(f) ?? false) &&
    (field(a, f) === undefined || field(b, f) === undefined)
  );
}

function field(row: unknown, name: string): unknown {
  return typeof row === "object" && row !== null
    ? (row as Record<string, unknown>)[name]
    : undefined;
}
