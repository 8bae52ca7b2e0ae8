import type { ChangeEvent } from "@logstag/api-contract";
import type { PostgresSchemaObject, SchemaObjectType } from "@logstag/protocol";

/** The object lists of the explorer, each a tab. */
export const SCHEMA_VIEWS = [
  { key: "tables", label: "Tables" },
  { key: "indexes", label: "Indexes" },
  { key: "fk", label: "Foreign keys without index" },
  { key: "sequences", label: "Sequences near exhaustion" },
  { key: "views", label: "Views" },
  { key: "functions", label: "Functions" },
  { key: "triggers", label: "Triggers" },
] as const;
export type SchemaView = (typeof SCHEMA_VIEWS)[number]["key"];

export function parseSchemaView(value: string | null): SchemaView {
  return SCHEMA_VIEWS.find((v) => v.key === value)?.key ?? "tables";
}

const VIEW_TYPES: Record<SchemaView, readonly SchemaObjectType[]> = {
  tables: ["table"],
  indexes: ["index"],
  fk: ["constraint"],
  sequences: ["sequence"],
  views: ["view", "materialized_view"],
  functions: ["function"],
  triggers: ["trigger"],
};

export interface SchemaFilter {
  database: string | null;
  schema: string | null;
  search: string;
}

/** One object as the tables show it: identity, statistics, ages and flags flattened. */
export interface SchemaRow {
  key: string;
  database: string;
  type: SchemaObjectType;
  schema: string | null;
  name: string;
  table: string | null;
  owner: string | null;
  definition: string | null;
  flags: readonly string[];
  stat: (name: string) => number | null;
  time: (name: string) => string | null;
}

export function objectKey(o: PostgresSchemaObject): string {
  return `${o.database}/${o.type}/${[o.schema, o.table, o.name].filter((p) => p !== null).join(".")}`;
}

/** Autovacuum turned off on a table (or its TOAST table) by a storage parameter, as flags. */
function storageFlags(storage: PostgresSchemaObject["storage"]): string[] {
  const flags: string[] = [];
  if (storage?.autovacuum_enabled === false) flags.push("autovacuum_off");
  if (storage?.["toast.autovacuum_enabled"] === false) flags.push("toast_autovacuum_off");
  return flags;
}

export function toSchemaRow(o: PostgresSchemaObject): SchemaRow {
  return {
    key: objectKey(o),
    database: o.database,
    type: o.type,
    schema: o.schema,
    name: o.name,
    table: o.table,
    owner: o.owner,
    definition: o.definition,
    flags: [...(o.flags ?? []), ...storageFlags(o.storage)],
    stat: (name) => o.stats?.[name] ?? null,
    time: (name) => o.times?.[name] ?? null,
  };
}

/** Databases and (for the picked database, or all) schemas that hold objects, sorted. */
export function schemaOptions(
  objects: readonly PostgresSchemaObject[],
  database: string | null,
): { databases: string[]; schemas: string[] } {
  const databases = new Set<string>();
  const schemas = new Set<string>();
  for (const o of objects) {
    databases.add(o.database);
    if (o.schema !== null && (database === null || o.database === database)) schemas.add(o.schema);
  }
  const sorted = (set: Set<string>) => [...set].sort((a, b) => a.localeCompare(b));
  return { databases: sorted(databases), schemas: sorted(schemas) };
}

function matches(o: PostgresSchemaObject, filter: SchemaFilter): boolean {
  if (filter.database !== null && o.database !== filter.database) return false;
  if (filter.schema !== null && o.schema !== filter.schema) return false;
  const needle = filter.search.trim().toLowerCase();
  if (needle === "") return true;
  return [o.name, o.table ?? "", o.schema ?? ""].some((part) =>
    part.toLowerCase().includes(needle),
  );
}

/** The objects of one tab: foreign keys and sequences only when flagged. */
export function objectsForView(
  objects: readonly PostgresSchemaObject[],
  view: SchemaView,
  filter: SchemaFilter,
): SchemaRow[] {
  const types = VIEW_TYPES[view];
  return objects
    .filter((o) => types.includes(o.type) && matches(o, filter))
    .filter((o) => {
      if (view === "fk") return o.flags?.includes("fk_without_index") ?? false;
      if (view === "sequences") return o.flags?.includes("near_exhaustion") ?? false;
      return true;
    })
    .map(toSchemaRow);
}

/** At most `limit` rows, the largest first when there are more (unsized ones last). */
export function largestFirst(rows: readonly SchemaRow[], limit: number): SchemaRow[] {
  if (rows.length <= limit) return [...rows];
  return [...rows]
    .sort((a, b) => (b.stat("sizeBytes") ?? -1) - (a.stat("sizeBytes") ?? -1))
    .slice(0, limit);
}

/** How many objects each tab has under the filter (the tab labels show it). */
export function viewCounts(
  objects: readonly PostgresSchemaObject[],
  filter: SchemaFilter,
): Record<SchemaView, number> {
  const counts = {} as Record<SchemaView, number>;
  for (const view of SCHEMA_VIEWS)
    counts[view.key] = objectsForView(objects, view.key, filter).length;
  return counts;
}

export const FLAG_LABELS: Record<string, string> = {
  unused_index: "unused",
  invalid_index: "invalid",
  duplicate_index: "duplicate",
  fk_without_index: "no index",
  near_exhaustion: "near exhaustion",
  autovacuum_off: "autovacuum off",
  toast_autovacuum_off: "TOAST autovacuum off",
};

/** The newest of a table's vacuum (or analyze) and autovacuum (or autoanalyze) times. */
export function latestTime(row: SchemaRow, manual: string, auto: string): string | null {
  const a = row.time(manual);
  const b = row.time(auto);
  if (a === null) return b;
  if (b === null) return a;
  return Date.parse(a) >= Date.parse(b) ? a : b;
}

/** A diff value as text: strings as they are, everything else as JSON. */
export function diffText(value: unknown): string {
  if (value === null || value === undefined) return "–";
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}

export type ChangeKindFilter = "all" | "schema" | "settings" | "roles";

/** `postgres.schema` → "schema". */
export function changeKind(event: ChangeEvent): string {
  return event.kind.split(".").at(-1) ?? event.kind;
}

export function filterChanges(
  events: readonly ChangeEvent[],
  kind: ChangeKindFilter,
  search: string,
): ChangeEvent[] {
  const needle = search.trim().toLowerCase();
  return events.filter(
    (e) =>
      (kind === "all" || changeKind(e) === kind) &&
      (needle === "" || e.objectName.toLowerCase().includes(needle)),
  );
}
